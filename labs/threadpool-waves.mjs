// Probe for `node-arch lab threadpool-waves`. Run with UV_THREADPOOL_SIZE set by the caller: the
// pool's size is read once, as the process starts, so each size needs its own process.
//   --mode=calibrate --target-ms=T    iterations of pbkdf2 that take about T ms here
//   --mode=pool --jobs=N --iterations=I
//                                     N pbkdf2 jobs queued at once; when each one completed
//   --mode=network --iterations=I     (pool size 1) one long pbkdf2 holds the only pool thread
//                                     while loopback TCP echoes and an fs.stat are timed
import { pbkdf2, pbkdf2Sync } from 'node:crypto';
import { stat } from 'node:fs';
import { createServer, connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { emit, numberOption, round, scale, since, stringOption } from './probe-kit.mjs';

const DIGEST = 'sha512';
const mode = stringOption('mode', 'pool');

function hash(iterations, salt, done) {
  pbkdf2('node-arch', salt, iterations, 64, DIGEST, done);
}

function calibrate() {
  const target = numberOption('target-ms', 40) * scale;
  // Long enough (about 10 ms) that one preemption on a busy machine does not skew it much.
  const probe = 20_000;
  pbkdf2Sync('warm-up', 'salt', probe, 64, DIGEST);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    pbkdf2Sync('node-arch', `salt${i}`, probe, 64, DIGEST);
    best = Math.min(best, performance.now() - t0);
  }
  const iterations = Math.round(Math.min(5_000_000, Math.max(1_000, (probe * target) / Math.max(best, 0.01))));
  emit({ mode, iterations, targetMs: round(target), probeMs: round(best) });
}

function pool() {
  const jobs = numberOption('jobs', 8);
  const iterations = numberOption('iterations', 50_000);
  const doneMs = new Array(jobs).fill(null);
  let left = jobs;
  const t0 = performance.now();
  for (let i = 0; i < jobs; i++) {
    hash(iterations, `job${i}`, (error) => {
      if (error) throw error;
      doneMs[i] = since(t0);
      if (--left === 0) emit({ mode, poolSize: Number(process.env.UV_THREADPOOL_SIZE), jobs, iterations, doneMs });
    });
  }
}

/** Echo server and client on 127.0.0.1, port 0: an IP address, so not even a dns.lookup. */
async function network() {
  const iterations = numberOption('iterations', 50_000);
  const server = createServer((socket) => socket.pipe(socket));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const socket = connect(server.address().port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));

  const t0 = performance.now();
  const result = { mode, poolSize: Number(process.env.UV_THREADPOOL_SIZE), iterations, blockerDoneMs: null, statDoneMs: null, echoes: [] };
  const blocker = new Promise((resolve) =>
    hash(iterations, 'blocker', () => {
      result.blockerDoneMs = since(t0);
      resolve();
    }),
  );
  // Queued behind the blocker: the pool has one thread and it is busy.
  const statted = new Promise((resolve) =>
    stat(fileURLToPath(import.meta.url), () => {
      result.statDoneMs = since(t0);
      resolve();
    }),
  );
  let stop = false;
  void blocker.then(() => (stop = true));
  // One round trip at a time, a few ms apart, for as long as the pool is busy.
  while (!stop && result.echoes.length < 200) {
    const sent = performance.now();
    socket.write('ping');
    await new Promise((resolve) => socket.once('data', resolve));
    result.echoes.push({ atMs: since(t0), roundTripMs: since(sent) });
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
  await Promise.all([blocker, statted]);
  socket.destroy();
  server.close();
  emit(result);
}

if (mode === 'calibrate') calibrate();
else if (mode === 'network') await network();
else pool();
