// What every lab probe shares: its options, its scale, a clock and the one JSON line it prints.
// Probes are plain ES modules run by `node-arch lab` in a child process of the learner's own node;
// see README.md in this folder for the contract.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * NODE_ARCH_LAB_SCALE (0.05 to 1, default 1) shrinks the work so the tests stay quick on a busy
 * machine. The effects the labs show survive at 0.2; the numbers just get smaller.
 */
export const scale = readScale(process.env.NODE_ARCH_LAB_SCALE);

function readScale(value) {
  const n = Number(value);
  return Number.isFinite(n) && n >= 0.05 && n <= 1 ? n : 1;
}

/** `--name=value` from the command line, as a number, or the fallback. */
export function numberOption(name, fallback) {
  const value = stringOption(name, undefined);
  const n = Number(value);
  return value === undefined || !Number.isFinite(n) ? fallback : n;
}

/** `--name=value` from the command line, or the fallback. */
export function stringOption(name, fallback) {
  const prefix = `--${name}=`;
  const arg = process.argv.find((a) => a.startsWith(prefix));
  return arg === undefined ? fallback : arg.slice(prefix.length);
}

/** Milliseconds since this probe started, to 0.01 ms. */
export function since(t0) {
  return round(performance.now() - t0);
}

export function round(n, digits = 2) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How late a repeating timer fires: every `intervalMs` it records (gap since the last firing) −
 * intervalMs. A loop blocked for 200 ms shows up as one sample of about 200 ms. Start it, let it
 * tick once (await sleep), then do the work; otherwise the first block goes unseen.
 */
export function startLatenessSampler(intervalMs) {
  const samples = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    samples.push(round(Math.max(0, now - last - intervalMs)));
    last = now;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** Prints the result as one line of JSON, with what the measurements depend on. */
export function emit(data) {
  const meta = { node: process.version, platform: process.platform, arch: process.arch, cpus: availableParallelism(), scale };
  process.stdout.write(`${JSON.stringify({ meta, data })}\n`);
}
