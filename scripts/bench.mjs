#!/usr/bin/env node
// `npm run bench` (issue 6): start-up and scale of the built CLI, as ratios to bare `node -e 0`
// measured in the same run, alternating with it, because the machines are shared and noisy.
// Prints a table and writes it to bench/RESULTS.md. Run `npm run build` first (npm run bench does).
// BENCH_RUNS=n sets the runs per command (default 15); BENCH_SCALE=0 skips the generated courses.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@homebridge/node-pty-prebuilt-multiarch';
import { writeScaleCourse, writeScaleProgress } from './scale-fixtures.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'node-arch.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const work = mkdtempSync(join(tmpdir(), 'node-arch-bench-'));
const emptyData = join(work, 'data-empty');
mkdirSync(emptyData);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeOnce(args, env = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Peak RSS in KiB of one run, from the kernel's accounting of a waited-for child (python3). */
function peakRss(args, env = {}) {
  const r = spawnSync('python3', ['-c', 'import resource,subprocess,sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)', process.execPath, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return r.status === 0 ? Number(r.stdout.trim()) : NaN;
}

/** Milliseconds from spawning in a pseudo-terminal until `marker` is on screen (or exit). */
function ptyTime(args, marker, env = {}) {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const term = pty.spawn(process.execPath, args, { cols: 100, rows: 40, env: { ...process.env, TERM: 'xterm', ...env } });
    let out = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(Number(process.hrtime.bigint() - t) / 1e6);
      term.kill();
    };
    term.onData((d) => {
      out += d;
      if (marker && out.includes(marker)) finish();
    });
    term.onExit(() => (marker && !done ? reject(new Error(`no "${marker}" from ${args.join(' ')}:\n${out.slice(-500)}`)) : finish()));
  });
}

async function compare(name, run, base, runs = RUNS) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    b.push(await base());
    a.push(await run());
  }
  return { name, ms: median(a), base: median(b), ratio: median(a) / median(b) };
}

const rows = [];
const say = (r) => {
  rows.push(r);
  console.log(`${r.name.padEnd(34)} ${r.ms.toFixed(0).padStart(6)} ms  ×${r.ratio.toFixed(2)}${r.target ? `  (target ≤ ${r.target})` : ''}${r.rss ? `  rss ${(r.rss / 1024).toFixed(1)} MB ×${r.rssRatio.toFixed(2)}` : ''}`);
};

const env = { NODE_ARCH_DATA_DIR: emptyData };
const bare = () => timeOnce(['-e', '0']);
const bareRss = median(Array.from({ length: 5 }, () => peakRss(['-e', '0'])));
timeOnce([BIN, 'list'], env); // warm the disk cache and the data folder's course cache

console.log(`node-arch bench: ${RUNS} runs each, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
for (const [name, args, target] of [
  ['--version', ['--version'], 1.25],
  ['--help', ['--help'], 1.25],
  ['list', ['list'], 1.4],
  ['list --json', ['list', '--json'], 1.4],
  ['progress --json', ['progress', '--json'], 1.4],
]) {
  const r = await compare(name, () => timeOnce([BIN, ...args], env), bare);
  const rss = median(Array.from({ length: 5 }, () => peakRss([BIN, ...args], env)));
  say({ ...r, target, rss, rssRatio: rss / bareRss, rssTarget: name === 'list' ? 1.3 : undefined });
}
const barePty = () => ptyTime(['-e', '0'], undefined);
say({ ...(await compare('learn: first lesson screen', () => ptyTime([BIN, 'learn'], 'Lesson 1 of', { NODE_ARCH_DATA_DIR: join(work, `d${Math.random()}`) }), barePty)), target: 1.6 });
say({ ...(await compare('quiz: first question', () => ptyTime([BIN, 'quiz', 'event-loop'], 'Question 1 of', { NODE_ARCH_DATA_DIR: join(work, `d${Math.random()}`) }), barePty)), target: 1.6 });

const scale = [];
const SCALES = process.env.BENCH_SCALE === '0' ? [] : [
  ['100 lessons, 2,000 questions, 10,000 attempts', 100, 10_000],
  ['1,000 lessons, 20,000 questions, 100,000 attempts', 1000, 100_000],
];
if (SCALES.length) console.log('\nScale (generated course; medians of 3 runs; "first" is one run)');
for (const [label, lessons, attempts] of SCALES) {
  const course = join(work, `course-${lessons}`);
  const data = join(work, `data-${lessons}`);
  writeScaleCourse(course, { lessons, questionsPerLesson: 20 });
  writeScaleProgress(data, { lessons, questionsPerLesson: 20, attempts });
  const cold = join(work, `cold-${lessons}`);
  const e = { NODE_ARCH_DATA_DIR: data };
  const copy = () => {
    rmSync(cold, { recursive: true, force: true });
    cpSync(data, cold, { recursive: true });
    return { NODE_ARCH_DATA_DIR: cold };
  };
  const row = { label };
  row.validate = median([0, 1, 2].map(() => timeOnce([BIN, 'validate', course], e)));
  row.listFirst = timeOnce([BIN, '--content', course, 'list'], copy()); // parses YAML, writes the cache
  row.list = median([0, 1, 2].map(() => timeOnce([BIN, '--content', course, 'list'], e)));
  row.progress = median([0, 1, 2].map(() => timeOnce([BIN, '--content', course, 'progress', '--json'], e)));
  const reviews = [];
  for (let i = 0; i < 3; i++) reviews.push(await ptyTime([BIN, '--content', course, 'review'], 'Review 1 of', { ...e, NODE_ARCH_NOW: '2026-12-30T00:00:00Z' }));
  row.review = median(reviews);
  const store = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench-store.ts'), copy().NODE_ARCH_DATA_DIR, '5'], { encoding: 'utf8', cwd: ROOT });
  Object.assign(row, JSON.parse(store.stdout));
  scale.push(row);
  console.log(`${label}: validate ${row.validate.toFixed(0)}, list ${row.listFirst.toFixed(0)} first / ${row.list.toFixed(0)} cached, progress --json ${row.progress.toFixed(0)}, review start ${row.review.toFixed(0)}, progress load ${row.load.toFixed(0)} / save ${row.save.toFixed(0)}`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux, Node ${process.version}`;
const ok = (r) => (r.target ? (r.ratio <= r.target ? 'yes' : '**no**') : '');
const md = [
  `# node-arch benchmark`,
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}, with \`npm run bench\` (${RUNS} runs each, alternating with \`node -e 0\`; medians).`,
  '',
  '| command | median | bare node | ratio | target | met | peak RSS | RSS ratio |',
  '|---|---:|---:|---:|---:|:---:|---:|---:|',
  ...rows.map((r) => `| ${r.name} | ${r.ms.toFixed(0)} ms | ${r.base.toFixed(0)} ms | ${r.ratio.toFixed(2)}× | ≤ ${r.target}× | ${ok(r)} | ${r.rss ? `${(r.rss / 1024).toFixed(1)} MB` : ''} | ${r.rss ? `${r.rssRatio.toFixed(2)}×${r.rssTarget ? ` (≤ ${r.rssTarget}×)` : ''}` : ''} |`),
  '',
  '| scale | validate | list (first, parses) | list (cached) | progress --json | review: first card | progress load | progress save |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...scale.map((s) => `| ${s.label} | ${s.validate.toFixed(0)} ms | ${s.listFirst.toFixed(0)} ms | ${s.list.toFixed(0)} ms | ${s.progress.toFixed(0)} ms | ${s.review.toFixed(0)} ms | ${s.load.toFixed(0)} ms | ${s.save.toFixed(0)} ms |`),
  '',
];
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), md.join('\n'));
console.log(`\nWritten to bench/RESULTS.md`);
rmSync(work, { recursive: true, force: true });
