// Probe for `node-arch lab backpressure`: a producer that makes 16 KiB chunks about eight times
// faster than a Writable can take them (one chunk per ~1 ms timer), for a fixed time.
//   --mode=ignore     write() in a loop, its return value ignored
//   --mode=honour     stop when write() returns false, go on at 'drain'
//   --mode=pipeline   the producer is a Readable, joined to the Writable with stream.pipeline()
// Every 25 ms it records the Writable's buffered bytes (writableLength), bytes produced but not yet
// consumed, and process.memoryUsage().
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { Readable, Writable, getDefaultHighWaterMark, pipeline } from 'node:stream';
import { emit, numberOption, round, scale, since, sleep, stringOption } from './probe-kit.mjs';

const CHUNK = 16 * 1024;
const CHUNKS_PER_TICK = 8;
const SAMPLE_EVERY_MS = 25;
const MiB = 1024 * 1024;

const mode = stringOption('mode', 'ignore');
const durationMs = Math.round(numberOption('duration-ms', 800) * scale);
const totalBytes = Math.round(numberOption('total-mib', 32) * scale) * MiB;

let produced = 0;
let consumed = 0;
const consumer = new Writable({
  write(chunk, _encoding, done) {
    setTimeout(() => {
      consumed += chunk.length;
      done();
    }, 1);
  },
});

const tick = () => sleep(1);
const more = () => produced < totalBytes && performance.now() - t0 < durationMs;
const chunk = () => {
  produced += CHUNK;
  return Buffer.alloc(CHUNK, 97);
};

async function ignoring() {
  while (more()) {
    for (let i = 0; i < CHUNKS_PER_TICK && more(); i++) consumer.write(chunk());
    await tick();
  }
}

async function honouring() {
  while (more()) {
    for (let i = 0; i < CHUNKS_PER_TICK && more(); i++) {
      if (!consumer.write(chunk())) await once(consumer, 'drain');
    }
    await tick();
  }
}

function piping() {
  async function* source() {
    while (more()) {
      for (let i = 0; i < CHUNKS_PER_TICK && more(); i++) yield chunk();
      await tick();
    }
  }
  const readable = Readable.from(source(), { objectMode: false });
  pipeline(readable, consumer, () => undefined);
}

const samples = [];
const t0 = performance.now();
const sample = () => {
  const m = process.memoryUsage();
  samples.push({ atMs: since(t0), bufferedBytes: consumer.writableLength, inFlightBytes: produced - consumed, rss: m.rss, heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers });
};
sample();
const sampler = setInterval(sample, SAMPLE_EVERY_MS);

if (mode === 'honour') await honouring();
else if (mode === 'pipeline') piping();
else await ignoring();
const left = durationMs - (performance.now() - t0);
if (left > 0) await sleep(left);
clearInterval(sampler);
sample();

emit({
  mode,
  highWaterMark: consumer.writableHighWaterMark,
  defaultHighWaterMark: getDefaultHighWaterMark(false),
  chunkBytes: CHUNK,
  durationMs,
  totalBytes,
  producedBytes: produced,
  consumedBytes: consumed,
  sampleEveryMs: SAMPLE_EVERY_MS,
  samples,
  peakBufferedBytes: Math.max(...samples.map((s) => s.bufferedBytes)),
  peakRssMiB: round(Math.max(...samples.map((s) => s.rss)) / MiB, 1),
});
// Whatever is still queued would take seconds to drain; the measurement is over.
process.exit(0);
