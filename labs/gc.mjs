// Probe for `node-arch lab gc`, run once as is and once with --max-old-space-size. Three phases:
//   short-lived   objects dropped at once (they die young, in new space)
//   long-lived    objects kept to the end (they survive, and are promoted to old space)
//   medium-lived  a ring of the most recent objects: each lives long enough to be promoted, then
//                 dies in old space, which only a major GC can clean
// Every 10 ms it records v8.getHeapSpaceStatistics(); a PerformanceObserver records each GC.
import { PerformanceObserver, constants, performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { emit, numberOption, round, scale, since, sleep } from './probe-kit.mjs';

const SAMPLE_EVERY_MS = 10;
const MiB = 1024 * 1024;
// Counts of objects, not durations, so a busy machine measures the same program, only slower.
const shortLived = Math.round(numberOption('short', 1_500_000) * scale);
const keep = numberOption('keep', 40_000);
const ring = numberOption('ring', 40_000);
const mediumLived = Math.round(numberOption('medium', 700_000) * scale);
/** However slow the machine, no phase runs longer than this. */
const PHASE_CAP_MS = 3000;
const maxOldMiB = numberFromFlag(process.execArgv);
// Never run into the limit: a heap-out-of-memory crash aborts the process (and may leave a core
// dump behind). About 15 MB stay alive at the peak, and promotion needs room on top of that (16 MB
// crashed in a trial), so smaller limits are refused, and each phase stops early past 70%.
const SMALLEST_SAFE_LIMIT_MIB = 24;
if (maxOldMiB !== null && maxOldMiB < SMALLEST_SAFE_LIMIT_MIB) {
  process.stderr.write(`gc probe: --max-old-space-size must be at least ${SMALLEST_SAFE_LIMIT_MIB}\n`);
  process.exit(2);
}
const safeOldBytes = maxOldMiB ? 0.7 * maxOldMiB * MiB : Infinity;
let stoppedEarly = false;

// V8's GCType bits. 2 is kGCTypeMinorMarkSweep, the young-generation collector newer V8s can use
// instead of the scavenger; Node has no constant for it, and it is a minor GC all the same.
const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  2: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

const t0 = performance.now();
const gcs = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    // entry.detail.kind since Node 16; entry.kind before.
    const kind = e.detail?.kind ?? e.kind;
    gcs.push({ atMs: round(e.startTime - t0), durationMs: round(e.duration, 3), kind: KINDS[kind] ?? String(kind) });
  }
});
observer.observe({ entryTypes: ['gc'] });

const samples = [];
let nextSample = 0;
function maybeSample(phaseName) {
  const now = performance.now() - t0;
  if (now < nextSample) return;
  nextSample = now + SAMPLE_EVERY_MS;
  const spaces = {};
  for (const s of v8.getHeapSpaceStatistics()) spaces[s.space_name] = s.space_used_size;
  samples.push({ atMs: round(now), phase: phaseName, usedBytes: spaces });
}

/** Called every 1000 allocations; old and large-object space are what the flag limits. */
function check(phaseName) {
  maybeSample(phaseName);
  if (safeOldBytes === Infinity) return;
  let old = 0;
  for (const s of v8.getHeapSpaceStatistics()) if (s.space_name === 'old_space' || s.space_name === 'large_object_space') old += s.space_used_size;
  if (old > safeOldBytes) stoppedEarly = true;
}

const make = (i) => ({ id: i, pair: [i, i + 1], label: `object ${i}` });
let sink;
const phases = [];

/**
 * Makes `count` objects with `body`, sampling every 1000 and yielding to the event loop every
 * 20 000, as a server does between requests: V8 finishes incremental marking in tasks it posts to
 * the loop, so a loop that never yields sees fewer, later major GCs than a real program would.
 * Stops early past the old-space guard or the time cap.
 */
async function phase(name, count, body) {
  const startMs = since(t0);
  const end = performance.now() + PHASE_CAP_MS;
  for (let i = 0; i < count; i++) {
    body(i);
    if (i % 1000 === 0) {
      check(name);
      if (stoppedEarly || performance.now() > end) break;
    }
    if (i % 20_000 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  phases.push({ name, startMs, endMs: since(t0) });
}

await phase('short-lived', shortLived, (i) => {
  sink = make(i);
});
const kept = [];
await phase('long-lived', keep, (i) => kept.push(make(i)));
const recent = new Array(ring);
await phase('medium-lived', mediumLived, (i) => {
  recent[i % ring] = make(i);
});
sink = recent;

// The observer delivers entries asynchronously: let it catch up before reporting.
await sleep(20);
observer.disconnect();
const stats = v8.getHeapStatistics();
emit({
  maxOldSpaceSizeMiB: maxOldMiB,
  stoppedEarly,
  heapSizeLimitMiB: round(stats.heap_size_limit / MiB, 1),
  shortLivedObjects: shortLived,
  keptObjects: kept.length,
  ringObjects: ring,
  mediumLivedObjects: mediumLived,
  sampleEveryMs: SAMPLE_EVERY_MS,
  phases,
  samples,
  gcs,
});

function numberFromFlag(flags) {
  const flag = flags.find((f) => f.startsWith('--max-old-space-size='));
  return flag ? Number(flag.split('=')[1]) : null;
}
