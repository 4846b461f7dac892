// Probe for `node-arch lab workers`. This file is also the worker's code (isMainThread is false
// there). In the main thread it:
//   1. does the same CPU work (UNITS units of an integer loop) on the main thread, in one worker,
//      and split across several workers, timing each and watching the event loop meanwhile;
//   2. posts a large buffer to a worker three ways (copied, transferred, shared) and times the
//      round trip until the worker has it, and what the main thread can still see afterwards.
import { availableParallelism } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { emit, numberOption, round, scale, since, sleep, startLatenessSampler } from './probe-kit.mjs';

const MiB = 1024 * 1024;

function work(units, loops) {
  let x = 0;
  for (let u = 0; u < units; u++) for (let i = 0; i < loops; i++) x = (x * 31 + i) % 1_000_003;
  return x;
}

if (!isMainThread) {
  if (workerData.role === 'work') {
    parentPort.postMessage(work(workerData.units, workerData.loops));
  } else {
    // The receiver: answers each message with what it got. A shared buffer it also writes to.
    parentPort.on('message', (message) => {
      if (message === 'close') return parentPort.close();
      if (message instanceof SharedArrayBuffer) new Uint8Array(message)[0] = 42;
      parentPort.postMessage(message.byteLength);
    });
  }
} else {
  await main();
}

async function main() {
  const units = numberOption('units', 12);
  const bufferMiB = Math.max(1, Math.round(numberOption('buffer-mib', 32) * scale));
  // One unit takes about unitMs on this machine: calibrated so the whole lab stays short.
  const loops = calibrate(numberOption('unit-ms', 12) * scale);
  const several = Math.max(2, Math.min(4, numberOption('workers', 0) || availableParallelism()));

  const cpu = [];
  cpu.push(await timed('main thread', 0, async () => work(units, loops)));
  cpu.push(await timed('1 worker', 1, () => inWorkers(1, units, loops)));
  cpu.push(await timed(`${several} workers`, several, () => inWorkers(several, units, loops)));

  const passing = await passData(bufferMiB);
  emit({ units, loopsPerUnit: loops, workers: several, cpu, bufferBytes: bufferMiB * MiB, passing });
}

function calibrate(unitMs) {
  const probe = 200_000;
  let took = Infinity;
  // The fastest of a few: the first runs are slower until V8 has optimised the loop.
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    work(1, probe);
    took = Math.min(took, performance.now() - t0);
  }
  return Math.max(10_000, Math.round((probe * unitMs) / Math.max(took, 0.01)));
}

/** Runs fn while a 5 ms lateness sampler and monitorEventLoopDelay watch the main thread. */
async function timed(label, workers, fn) {
  const eld = monitorEventLoopDelay({ resolution: 10 });
  eld.enable();
  const sampler = startLatenessSampler(5);
  await sleep(25); // let both tick once before the work starts
  const t0 = performance.now();
  await fn();
  const wallMs = since(t0);
  await sleep(15);
  const lateness = sampler.stop();
  eld.disable();
  return { label, workers, wallMs, maxLatenessMs: Math.max(0, ...lateness), eldMaxMs: round(eld.max / 1e6) };
}

function inWorkers(n, units, loops) {
  const shares = Array.from({ length: n }, (_, i) => Math.floor(units / n) + (i < units % n ? 1 : 0));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'work', units: share, loops } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
}

async function passData(bufferMiB) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'receive' } });
  const roundTrip = (message, transfer) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      worker.once('message', (byteLength) => resolve({ ms: performance.now() - t0, byteLength }));
      worker.postMessage(message, transfer);
    });
  await roundTrip(new ArrayBuffer(8)); // the worker is up and listening
  const bytes = bufferMiB * MiB;
  const ways = {
    copy: () => {
      const buffer = new ArrayBuffer(bytes);
      return { message: buffer, transfer: [], after: () => buffer.byteLength };
    },
    transfer: () => {
      const buffer = new ArrayBuffer(bytes);
      return { message: buffer, transfer: [buffer], after: () => buffer.byteLength };
    },
    shared: () => {
      const buffer = new SharedArrayBuffer(bytes);
      return { message: buffer, transfer: [], after: () => buffer.byteLength, seen: () => new Uint8Array(buffer)[0] };
    },
  };
  const result = { emptyMessageMs: [], ways: {} };
  // Three rounds each, interleaved, with a pause for the GC that big buffers bring on; the labs
  // report the fastest, as noise only ever adds time.
  for (let round_ = 0; round_ < 3; round_++) {
    await sleep(10);
    result.emptyMessageMs.push(round((await roundTrip(new ArrayBuffer(8))).ms, 3));
    for (const [way, make] of Object.entries(ways)) {
      const m = make();
      const { ms, byteLength } = await roundTrip(m.message, m.transfer);
      const entry = (result.ways[way] ??= { roundTripMs: [], receivedBytes: byteLength, senderBytesAfter: 0, workerWriteSeen: null });
      entry.roundTripMs.push(round(ms, 3));
      entry.senderBytesAfter = m.after();
      if (m.seen) entry.workerWriteSeen = m.seen() === 42;
    }
  }
  worker.postMessage('close');
  await new Promise((resolve) => worker.once('exit', resolve));
  return result;
}
