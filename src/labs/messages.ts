/**
 * Everything the labs say. Explanations are functions of what was measured, so a sentence never
 * claims more than this run showed; general statements follow the Node.js and libuv docs
 * (checked for issue 5, cited beside them).
 */
import type { ClaimId, Queue } from './loop-phases.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export const labMessages = {
  // The command
  listTitle: 'Labs: live experiments on your own Node',
  listHint: 'Run one with `node-arch lab <name>` (add --json for the raw measurements).',
  lessonColumn: 'lesson',
  unknownLab: (name: string, names: string[], suggestion: string | undefined) =>
    `There is no lab "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} The labs are: ${names.join(', ')}.`,
  running: (title: string, version: string) => `Running "${title}" on Node ${version}… (Ctrl+C stops it)`,
  measuredOn: (node: string, platform: string, arch: string, cpus: number) =>
    `Measured on this machine: Node ${node}, ${platform} ${arch}, ${plural(cpus, 'CPU')} (os.availableParallelism()).`,
  whatItMeans: 'What you just saw',
  readMore: (lesson: string) => `The lesson that explains it: node-arch learn ${lesson}`,
  predictFirst: 'First, a prediction. Here is what the experiment runs:',
  yourPrediction: 'Your predictions',
  predictionRight: 'Right.',
  predictionWrong: 'Not quite.',
  youSaid: (answer: string) => `You said: ${answer}.`,
  probeTimedOut: (probe: string, ms: number) =>
    `The lab stopped its experiment (${probe}) after ${ms / 1000} s. Your machine may be very busy; try again when it is quieter.`,
  probeFailed: (probe: string, reason: string, stderr: string) =>
    `lab probe ${probe} failed (${reason})${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`,

  threadpool: {
    title: 'Thread pool waves',
    describe: 'pbkdf2 jobs with 1, 2, 4 and 8 libuv threads finish in waves; a TCP echo never waits for the pool.',
    chartTitle: (jobs: number) => `${jobs} pbkdf2 jobs queued at once: when each finished (a digit = jobs done in that column)`,
    threads: (n: number) => `${plural(n, 'thread')}`,
    networkTitle: 'UV_THREADPOOL_SIZE=1, and one long pbkdf2 holding that thread',
    blockerRow: 'pbkdf2 (pool)',
    statRow: 'fs.stat (pool)',
    echoRow: 'TCP echo',
    roundTrips: (n: number) => plural(n, 'round trip'),
    // libuv threadpool docs: default size 4, set by UV_THREADPOOL_SIZE at startup; cli.md lists
    // async crypto such as pbkdf2 among the APIs that use the pool, and says setting the variable
    // from inside the process is not guaranteed to work.
    explainQueue: (jobs: number, perJob: string, oneByOne: boolean) =>
      `With 1 thread the pool ran one pbkdf2 at a time (about ${perJob} each on this machine)` +
      (oneByOne ? `, and the ${jobs} jobs finished one after another. ` : '. ') +
      "A job beyond the pool's size waits in its queue for a free thread, however idle the rest of the process is; with more threads, that many run at once and finish together, in waves. " +
      'The pool has 4 threads unless the UV_THREADPOOL_SIZE environment variable says otherwise, read as the process starts: setting it from inside the program is not guaranteed to work.',
    explainCores: (cpus: number, jobs: number, walls: [number, string][]) =>
      `This machine can run ${plural(cpus, 'thread')} at once. All ${jobs} jobs took ${list(walls.map(([size, wall]) => `${wall} with ${plural(size, 'thread')}`))}. ` +
      'Pool threads beyond the cores start their jobs together but share the cores, so each job takes longer. A bigger pool helps work that waits (files, dns.lookup); pbkdf2 is pure CPU, and the cores are its limit.',
    // libuv design overview: sockets are non-blocking and polled with epoll/kqueue/event ports/IOCP;
    // dns.md: dns.lookup() runs getaddrinfo on the pool, and net calls it for host names.
    explainNetwork: (held: string, trips: number, slowest: string, stat: string) =>
      `While one pbkdf2 held the only pool thread for ${held}, ${plural(trips, 'TCP echo round trip')} over 127.0.0.1 went through (the slowest took ${slowest}): ` +
      `sockets are not on the pool, the event loop asks the OS (epoll, kqueue, IOCP) which ones are ready. An fs.stat, which does use the pool, finished at ${stat}, ` +
      'only once the pbkdf2 let go of the thread. Connecting to a host name rather than an IP would first call dns.lookup(), and that does use the pool.',
  },

  blocking: {
    title: 'Blocking the event loop',
    describe: 'JSON.parse, pbkdf2Sync and a regex on the main thread vs partitioned, on the pool and in a worker: loop delay, side by side.',
    chartTitle: (every: number) => `How late a ${every} ms timer fired (samples per delay band)`,
    blockingPanel: 'On the main thread',
    offloadedPanel: 'Partitioned, pool, worker',
    blockingColumn: 'main thread',
    offloadedColumn: 'offloaded',
    longestLate: 'longest timer delay',
    eldMax: (resolution: number) => `monitorEventLoopDelay max (${resolution} ms timer)`,
    utilization: 'event loop utilization',
    wall: 'wall time',
    bucket: (low: number, high: number) => `${low}-${high} ms`,
    explainBlocking: (json: string, pbkdf2: string, regex: string, late: string) =>
      `On the main thread, JSON.parse (${json}), pbkdf2Sync (${pbkdf2}) and the regex /\\s+$/ backtracking over a run of spaces (${regex}) each held the thread from start to end: ` +
      `nothing else could run meanwhile, not a timer, not an I/O callback, not a request. The timer could not fire until each task had ended, and was up to ${late} late.`,
    explainOffloaded: (late: string, jsonPieces: string, jsonWhole: string, before: string, after: string) =>
      `The same work, moved: JSON.parse in 50 pieces with setImmediate between them, pbkdf2 on the libuv thread pool, the regex in a worker thread. ` +
      `The longest delay was ${late}. Partitioning does not make the work smaller, it lets other callbacks run between the pieces (here the pieces took ${jsonPieces} in all, the single parse ${jsonWhole}). ` +
      `Event loop utilization, the share of the time the loop was busy rather than waiting (performance.eventLoopUtilization()), went from ${before} to ${after}.`,
    // histogram.recordDelta() docs; node_perf.cc records each firing of the ELD timer as a delta.
    explainMonitor: (resolution: number, idle: string, max: string) =>
      `monitorEventLoopDelay() records the time between firings of its own ${resolution} ms timer, so an idle loop reads about ${resolution} ms (its median here: ${idle}) and a blocked one reads the block (its max: ${max}). ` +
      'Watch its max and p99 in production: they are the requests that waited.',
  },

  phases: {
    title: 'Event loop phases, traced',
    describe: 'Timers, immediates, I/O callbacks, nextTicks and promises, in the order they really ran (predict it first).',
    setup: [
      'setTimeout(() => {                   // timeout A',
      '  process.nextTick(() => {});        // nextTick A',
      '  Promise.resolve().then(() => {});  // promise A',
      '}, 0);',
      'setImmediate(() => {});              // immediate A',
      'fs.readFile(file, () => {            // readFile',
      '  setTimeout(() => {}, 0);           // timeout B',
      '  setImmediate(() => {});            // immediate B',
      '  process.nextTick(() => {});        // nextTick B',
      '  Promise.resolve().then(() => {});  // promise B',
      '});',
      "console.log('main script');          // main script",
    ],
    askIoOrder: 'In the readFile callback, in what order do the four B callbacks run?',
    ioOrderChoices: [
      { name: 'nextTick B, promise B, immediate B, timeout B', value: 'nextTick B,promise B,immediate B,timeout B' },
      { name: 'promise B, nextTick B, immediate B, timeout B', value: 'promise B,nextTick B,immediate B,timeout B' },
      { name: 'nextTick B, promise B, timeout B, immediate B', value: 'nextTick B,promise B,timeout B,immediate B' },
      { name: 'timeout B, immediate B, nextTick B, promise B', value: 'timeout B,immediate B,nextTick B,promise B' },
    ],
    ioOrderWhy: (seen: string[]) =>
      `They ran ${seen.join(', ')}. When a callback returns, Node drains the nextTick queue and then the promise microtasks; from the poll phase the loop goes on to the check phase (setImmediate) before it comes round to the timers again.`,
    askMainRace: 'From the main script, which runs first: timeout A or immediate A?',
    mainRaceChoices: [
      { name: 'timeout A', value: 'timeout A' },
      { name: 'immediate A', value: 'immediate A' },
      { name: 'It is not fixed: either can', value: 'race' },
    ],
    mainRaceWhy: (first: string, guessedIt: boolean) =>
      `This time ${first} ran first${guessedIt ? ', as you said, but not by any rule' : ''}. Outside an I/O callback the docs call this order non-deterministic: it depends on how much time passed before the loop first checked its timers.`,
    chartTitle: 'The order the callbacks ran in, and where each came from',
    lane: { main: 'main', nextTick: 'nextTick', promise: 'promise', timers: 'timers', poll: 'poll', check: 'check' } satisfies Record<Queue, string>,
    raceNote: '(race)',
    fixedHeading: "Fixed by Node's rules, checked on this run:",
    raceHeading: 'A race: this run is one of the possible orders:',
    didNotHold: '(did NOT hold on this run: please report it, with your Node version)',
    claim: {
      'main-first': 'The main script ran to its end before any callback.',
      'timer-microtasks': "timeout A's nextTick and promise ran right after it, nextTick first.",
      'io-microtasks': "readFile's nextTick and promise ran right after it, nextTick first.",
      'io-immediate-first': 'Inside an I/O callback, setImmediate ran before setTimeout 0.',
      'main-race': 'timeout A or immediate A first?',
      'readfile-race': 'When readFile finishes depends on the disk and the pool.',
    } satisfies Record<ClaimId, string>,
    thisRun: (id: ClaimId, observed: string) => (id === 'main-race' ? `This run: ${observed}.` : `This run: ${observed} of the A callbacks.`),
    // nodejs.org "The Node.js Event Loop" (setImmediate vs setTimeout); process.md on nextTick,
    // queueMicrotask and ES modules.
    explain: [
      'Each callback runs in the phase of the API that scheduled it: setTimeout in timers, an fs callback in poll, setImmediate in check. After every single callback, Node empties the process.nextTick queue, then the promise microtask queue, before anything else runs.',
      'Inside an I/O callback the loop is in its poll phase, and check comes next, so setImmediate always beats setTimeout 0 there. From the main script there is no such rule: whether the timer is already due when the loop first looks depends on timing, so that order is a race, and so is when the file read completes.',
      'One more trap: in an ES module (this probe is one), top-level code already runs inside the microtask queue, so a promise scheduled there runs before a nextTick. This lab only schedules them inside callbacks, where nextTick always comes first.',
    ],
  },

  backpressure: {
    title: 'Backpressure',
    describe: "A fast producer into a slow consumer, ignoring write()'s return value, honouring it, and with pipeline().",
    chartTitle: (hwm: string, node: string) => `Bytes buffered in the Writable over time (highWaterMark ${hwm} on Node ${node})`,
    panel: {
      ignore: "Ignoring write()'s return value",
      honour: "Waiting for 'drain' when write() returns false",
      pipeline: 'stream.pipeline(readable, writable)',
    },
    short: { ignore: 'ignore', honour: 'honour', pipeline: 'pipeline' },
    peak: (peak: string, hwm: string) => `peak ${peak} buffered (highWaterMark ${hwm})`,
    memoryTitle: 'Peak memory of the process (rss)',
    deliveredTitle: 'Bytes the consumer actually handled',
    // stream.md, writable.write(): false once the buffer reaches highWaterMark; ignoring it
    // buffers every chunk, raising memory use and GC work.
    explainIgnore: (produced: string, consumed: string, peak: string, rss: number) =>
      `Ignoring the return value, the producer pushed ${produced} while the consumer handled ${consumed}: write() kept accepting chunks and queued the rest in memory, up to ${peak} at once, and the process grew to ${rss} MiB. ` +
      'write() returning false is only advice: nothing stops you, except eventually memory.',
    explainHonour: (hwm: string, peak: string, consumed: string, rss: number) =>
      `Honouring it, the producer paused whenever write() returned false and went on at 'drain': the buffer never held more than ${peak} (highWaterMark is ${hwm}), the process peaked at ${rss} MiB, ` +
      `and the consumer still handled ${consumed}. The slow side sets the pace either way; backpressure just stops the difference piling up in memory.`,
    explainPipeline: (inFlight: string, node: string, hwm: string) =>
      `pipeline() does the same waiting for you, and cleans up on errors: at most ${inFlight} was in flight between the two streams. ` +
      `The default highWaterMark of byte streams on Node ${node} is ${hwm} (stream.getDefaultHighWaterMark(false)); Node 22 raised it from 16 KiB to 64 KiB.`,
  },

  gc: {
    title: 'Garbage collection',
    describe: 'Short-, long- and medium-lived objects: old space over time, every GC, and what --max-old-space-size changes.',
    chartTitle: 'Old space in use over time, and each GC (a digit = GCs in that column)',
    phasesLine: (phases: readonly (readonly [string, number, number])[]) =>
      `Phases: ${phases.map(([name, from, to]) => `${name} ${Math.round(from)}-${Math.round(to)} ms`).join(', ')}`,
    freeHeading: (limit: number) => `Default limits (heap limit ${Math.round(limit)} MiB)`,
    limitedHeading: (flag: number, limit: number) => `--max-old-space-size=${flag} (heap limit ${Math.round(limit)} MiB)`,
    oldSpaceCaption: 'old space + large objects, in use',
    minorRow: (n: number) => plural(n, 'minor GC'),
    majorRow: (n: number) => plural(n, 'major GC'),
    // nodejs.org "Understanding and Tuning Memory": generational hypothesis, new space collected
    // often and quickly; survivors are promoted to old space.
    explainYoung: (minors: number, from: string, to: string, grewLittle: boolean) =>
      `Short-lived objects die young. While the first phase made them, V8 ran ${plural(minors, 'minor GC')} (collections of the small new space, each quick), ` +
      `and old space went from ${from} to ${to}` +
      (grewLittle ? ': next to nothing lived long enough to be promoted.' : '.'),
    explainOld: (peak: string, majors: number) =>
      `Objects that survive a few minor GCs are promoted to old space: the long-lived ones, and medium-lived ones that were still in use. Old space grew to ${peak}. ` +
      `When those medium-lived objects die, they die in old space, where only a major GC (mark-sweep-compact, slower) frees them: V8 ran ${plural(majors, 'major GC')} with the default limits.`,
    // cli.md, --max-old-space-size: "As memory consumption approaches the limit, V8 will spend more
    // time on garbage collection in an effort to free unused memory."
    explainLimit: (o: {
      limit: number;
      freeHeapMiB: number;
      limitedHeapMiB: number;
      freeMajors: number;
      limitedMajors: number;
      freeGcMs: string;
      limitedGcMs: string;
      stoppedEarly: boolean;
    }) =>
      `With --max-old-space-size=${o.limit} the heap limit was ${Math.round(o.limitedHeapMiB)} MiB instead of ${Math.round(o.freeHeapMiB)} MiB, ` +
      `and V8 ran ${plural(o.limitedMajors, 'major GC')} instead of ${o.freeMajors} (all GCs took ${o.limitedGcMs}, against ${o.freeGcMs} without the limit). ` +
      (o.limitedMajors > o.freeMajors
        ? 'That is V8 collecting harder as memory use nears the limit, as the docs put it'
        : 'Here the live data stayed far enough below the limit for it to make no difference; the docs say V8 collects harder as memory use nears the limit') +
      '. Past the limit, the process dies with "JavaScript heap out of memory".' +
      (o.stoppedEarly ? ' (This run stopped allocating early to stay clear of that.)' : ''),
  },

  workers: {
    title: 'Workers vs the main thread',
    describe: 'The same CPU work on the main thread, in one worker and in several; and passing data: copy, transfer, share.',
    wallTitle: (units: number) => `Wall time for the same ${units} units of CPU work`,
    delayTitle: "The main thread's event loop meanwhile: longest timer delay",
    passTitle: (size: string) => `Posting ${size} to a worker and hearing back (fastest of 3)`,
    label: (workers: number) => (workers === 0 ? 'main thread' : plural(workers, 'worker')),
    way: { copy: 'copied', transfer: 'transferred', shared: 'shared' } satisfies Record<'copy' | 'transfer' | 'shared', string>,
    after: (way: 'copy' | 'transfer' | 'shared', p: { senderBytesAfter: number; workerWriteSeen: boolean | null }) =>
      way === 'transfer'
        ? `sender's buffer after: ${p.senderBytesAfter} bytes`
        : way === 'shared'
          ? `worker's write seen here: ${p.workerWriteSeen ? 'yes' : 'no'}`
          : "sender keeps its own copy",
    emptyMessage: (time: string) => `An empty message took ${time} there and back.`,
    explainMain: (wall: string, late: string) =>
      `On the main thread the work took ${wall}, and for all that time the event loop was stuck: a timer fired ${late} late.`,
    // worker_threads.md: workers suit CPU-intensive JS; creating one per task costs more than a pool.
    explainOne: (wall: string, mainWall: string, late: string) =>
      `In one worker the same work took ${wall} (${mainWall} on the main thread): a worker is a new V8 isolate with its own event loop, and starting one costs time, so in practice keep a pool of workers. ` +
      `But the main thread stayed free: its longest timer delay was ${late}.`,
    explainSeveral: (n: number, wall: string, mainWall: string, cpus: number) =>
      `Split across ${n} workers it took ${wall} (against ${mainWall} on the main thread). Workers run in parallel only as far as there are free cores: this machine has ${plural(cpus, 'CPU')}, shared with everything else running on it.`,
    // worker_threads.md, port.postMessage(): values are structured-cloned; transferred
    // ArrayBuffers are unusable on the sending side; SharedArrayBuffers are accessible from both.
    explainPassing: (size: string, copy: string, transfer: string, shared: string, seen: boolean) =>
      `Passing ${size}: copying (the structured clone algorithm) took ${copy}; transferring the ArrayBuffer took ${transfer} and left the sender's buffer empty (detached, byteLength 0); ` +
      `sharing a SharedArrayBuffer took ${shared}, and both threads use the same memory${seen ? ': the byte the worker wrote was visible here' : ''}. Shared memory needs Atomics to coordinate.`,
  },
};
