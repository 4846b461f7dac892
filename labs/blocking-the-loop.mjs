// Probe for `node-arch lab blocking-the-loop`.
//   --mode=calibrate --target-ms=T    sizes that make each task take about T ms on this machine
//   --mode=blocking  --records=R --iterations=I --spaces=S
//       a big JSON.parse, pbkdf2Sync and a backtracking regex, one after another, on the main thread
//   --mode=offloaded --records=R --iterations=I --spaces=S
//       the same three: JSON.parse in small pieces with setImmediate between them, pbkdf2 on the
//       libuv thread pool, the regex in a worker thread
// Meanwhile it measures how late a 5 ms timer fires, monitorEventLoopDelay and loop utilization.
import { pbkdf2, pbkdf2Sync } from 'node:crypto';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { emit, numberOption, round, scale, since, sleep, startLatenessSampler, stringOption } from './probe-kit.mjs';

const SAMPLE_EVERY_MS = 5;
const GAP_MS = 40;
const PIECES = 50;
// Trailing whitespace then a non-space: /\s+$/ tries every start position and backtracks over the
// whole run each time, so the time grows with the square of the length.
const REGEX_SOURCE = '\\s+$';

function records(n, from = 0) {
  const out = [];
  for (let i = from; i < from + n; i++) out.push(`{"id":${i},"name":"user ${i}","tags":["a","b","c"],"score":${i * 1.5},"active":${i % 2 === 0}}`);
  return out;
}

const tasks = {
  json: (n) => JSON.parse(`[${records(n).join(',')}]`).length,
  pbkdf2: (n) => pbkdf2Sync('node-arch', 'salt', n, 64, 'sha512').length,
  regex: (n) => new RegExp(REGEX_SOURCE).test(`${' '.repeat(n)}x`),
};

function timeOf(fn) {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.max(best, 0.01);
}

function calibrate() {
  const target = numberOption('target-ms', 120) * scale;
  const json = timeOf(() => tasks.json(2_000));
  const iterations = timeOf(() => tasks.pbkdf2(5_000));
  const regex = timeOf(() => tasks.regex(1_000));
  emit({
    mode: 'calibrate',
    targetMs: round(target),
    records: Math.round(Math.min(2_000_000, (2_000 * target) / json)),
    iterations: Math.round(Math.min(10_000_000, (5_000 * target) / iterations)),
    spaces: Math.round(Math.min(200_000, 1_000 * Math.sqrt(target / regex))),
  });
}

async function blocking(sizes) {
  const text = `[${records(sizes.records).join(',')}]`;
  return [
    ['json', () => JSON.parse(text).length],
    ['pbkdf2', () => tasks.pbkdf2(sizes.iterations)],
    ['regex', () => tasks.regex(sizes.spaces)],
  ];
}

async function offloaded(sizes) {
  const per = Math.ceil(sizes.records / PIECES);
  const pieces = [];
  for (let from = 0; from < sizes.records; from += per) pieces.push(`[${records(Math.min(per, sizes.records - from), from).join(',')}]`);
  return [
    [
      'json',
      async () => {
        let n = 0;
        for (const piece of pieces) {
          n += JSON.parse(piece).length;
          await new Promise((resolve) => setImmediate(resolve));
        }
        return n;
      },
    ],
    ['pbkdf2', () => new Promise((resolve, reject) => pbkdf2('node-arch', 'salt', sizes.iterations, 64, 'sha512', (e, key) => (e ? reject(e) : resolve(key.length))))],
    ['regex', () => inWorker(sizes.spaces)],
  ];
}

function inWorker(spaces) {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
parentPort.postMessage(new RegExp(workerData.source).test(' '.repeat(workerData.spaces) + 'x'));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { spaces, source: REGEX_SOURCE } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function run(mode) {
  const sizes = { records: numberOption('records', 50_000), iterations: numberOption('iterations', 100_000), spaces: numberOption('spaces', 5_000) };
  const steps = mode === 'blocking' ? await blocking(sizes) : await offloaded(sizes);
  const eld = monitorEventLoopDelay({ resolution: 10 });
  eld.enable();
  const sampler = startLatenessSampler(SAMPLE_EVERY_MS);
  await sleep(GAP_MS); // both samplers must tick once before the first task, or they miss it
  const t0 = performance.now();
  const elu0 = performance.eventLoopUtilization();
  const timings = [];
  for (const [task, fn] of steps) {
    const startMs = since(t0);
    await fn();
    timings.push({ task, startMs, endMs: since(t0) });
    await sleep(GAP_MS);
  }
  const utilization = performance.eventLoopUtilization(elu0).utilization;
  const latenessMs = sampler.stop();
  eld.disable();
  const ms = (ns) => round(ns / 1e6);
  emit({
    mode,
    sizes,
    sampleEveryMs: SAMPLE_EVERY_MS,
    wallMs: since(t0),
    tasks: timings,
    latenessMs,
    utilization: round(utilization, 3),
    monitorEventLoopDelay: { resolutionMs: 10, minMs: ms(eld.min), meanMs: ms(eld.mean), p50Ms: ms(eld.percentile(50)), p99Ms: ms(eld.percentile(99)), maxMs: ms(eld.max) },
  });
}

const mode = stringOption('mode', 'blocking');
if (mode === 'calibrate') calibrate();
else await run(mode === 'offloaded' ? 'offloaded' : 'blocking');
