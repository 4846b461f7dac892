/**
 * Workers vs the main thread: the same CPU work on the main thread, in one worker and in several,
 * and what passing a big buffer costs copied, transferred and shared. Probe: labs/workers.mjs.
 */
import { bars, words } from './charts.js';
import { bytes, min, ms } from './format.js';
import { labMessages as m } from './messages.js';
import { labResult, type Lab, type LabResult } from './types.js';

export interface CpuRun {
  label: string;
  /** 0 for the main thread. */
  workers: number;
  wallMs: number;
  /** The main thread's event loop meanwhile: the latest a 5 ms timer fired, and monitorEventLoopDelay's max. */
  maxLatenessMs: number;
  eldMaxMs: number;
}

export type PassWay = 'copy' | 'transfer' | 'shared';

export interface PassRun {
  /** Each round trip: main posts, the worker answers on receipt. The fastest is shown. */
  roundTripMs: number[];
  receivedBytes: number;
  /** byteLength of the sender's buffer after posting: 0 once transferred (detached). */
  senderBytesAfter: number;
  /** Shared only: whether the main thread saw the byte the worker wrote. */
  workerWriteSeen: boolean | null;
}

export interface WorkersMeasurements {
  cpu: CpuRun[];
  passing: { emptyMessageMs: number[]; ways: Record<PassWay, PassRun> };
}

export type WorkersResult = LabResult<{ units: number; loopsPerUnit: number; workers: number; bufferBytes: number }, WorkersMeasurements>;

const WAYS: PassWay[] = ['copy', 'transfer', 'shared'];

export const workers: Lab<WorkersResult> = {
  name: 'workers',
  title: m.workers.title,
  lesson: 'workers-processes',
  describe: m.workers.describe,

  async measure(run) {
    const out = await run({ probe: 'workers.mjs' });
    const { units, loopsPerUnit, workers: several, bufferBytes, cpu, passing } = out.data as WorkersResult['settings'] & WorkersMeasurements;
    return labResult(this, out.meta, { units, loopsPerUnit, workers: several, bufferBytes }, { cpu, passing });
  },

  render(r, theme, width) {
    const { cpu, passing } = r.measurements;
    const cpuBars = (value: (run: CpuRun) => number) =>
      bars(
        cpu.map((run) => ({ label: m.workers.label(run.workers), value: value(run), note: ms(value(run)), style: run.workers === 0 ? theme.bad : theme.good })),
        width,
        theme,
      );
    return [
      ...words(m.workers.wallTitle(r.settings.units), width, theme.bold),
      ...cpuBars((run) => run.wallMs),
      '',
      ...words(m.workers.delayTitle, width, theme.bold),
      ...cpuBars((run) => run.maxLatenessMs),
      '',
      ...words(m.workers.passTitle(bytes(r.settings.bufferBytes)), width, theme.bold),
      ...bars(
        WAYS.map((way) => {
          const p = passing.ways[way];
          return { label: m.workers.way[way], value: min(p.roundTripMs), note: `${ms(min(p.roundTripMs))}  ${m.workers.after(way, p)}` };
        }),
        width,
        theme,
      ),
      ...words(m.workers.emptyMessage(ms(min(passing.emptyMessageMs))), width, theme.dim),
    ];
  },

  explain(r) {
    const { cpu, passing } = r.measurements;
    const [main, one, several] = cpu;
    if (!main || !one || !several) return [];
    return [
      m.workers.explainMain(ms(main.wallMs), ms(main.maxLatenessMs)),
      m.workers.explainOne(ms(one.wallMs), ms(main.wallMs), ms(one.maxLatenessMs)),
      m.workers.explainSeveral(several.workers, ms(several.wallMs), ms(main.wallMs), r.cpus),
      m.workers.explainPassing(bytes(r.settings.bufferBytes), ms(min(passing.ways.copy.roundTripMs)), ms(min(passing.ways.transfer.roundTripMs)), ms(min(passing.ways.shared.roundTripMs)), passing.ways.shared.workerWriteSeen === true),
    ];
  },
};
