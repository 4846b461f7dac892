// Probe for `node-arch lab loop-phases`: schedules callbacks from the main module, from a timer and
// from an I/O callback, and records the order they ran in. The phase of each callback is the one
// its API runs in (setTimeout → timers, fs → poll, setImmediate → check); nextTick and promise
// callbacks run in between, when the current callback returns.
//
// The main module schedules no nextTick or promise of its own on purpose: this file is an ES
// module, and there the order of those two differs from CommonJS. Inside callbacks it does not.
import { readFile } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { emit, since } from './probe-kit.mjs';

const t0 = performance.now();
const events = [];
const record = (id, queue) => events.push({ id, queue, atMs: since(t0) });

setTimeout(() => {
  record('timeout A', 'timers');
  process.nextTick(() => record('nextTick A', 'nextTick'));
  Promise.resolve().then(() => record('promise A', 'promise'));
}, 0);

setImmediate(() => record('immediate A', 'check'));

readFile(fileURLToPath(import.meta.url), () => {
  record('readFile', 'poll');
  setTimeout(() => record('timeout B', 'timers'), 0);
  setImmediate(() => record('immediate B', 'check'));
  process.nextTick(() => record('nextTick B', 'nextTick'));
  Promise.resolve().then(() => record('promise B', 'promise'));
});

record('main script', 'main');

// Everything above has run once the loop has nothing left to do.
process.once('beforeExit', () => emit({ events }));
