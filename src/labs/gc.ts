/**
 * Garbage collection: short-, long- and medium-lived objects; old space over time and every GC,
 * with the default heap limit and with --max-old-space-size. Probe: labs/gc.mjs.
 */
import type { Theme } from '../ui/theme.js';
import { area, labelWidth, timeline, words } from './charts.js';
import { bytes, max, min, ms } from './format.js';
import { labMessages as m } from './messages.js';
import { labResult, type Lab, type LabResult } from './types.js';

const PROBE = 'gc.mjs';
/** Small enough to change V8's behaviour, far enough above the ~15 MB kept alive to be safe. */
export const LIMITED_OLD_SPACE_MIB = 32;
const MiB = 1024 * 1024;

export type GcKind = 'minor' | 'major' | 'incremental' | 'weakcb';

export interface GcRun {
  /** The --max-old-space-size given, or null for the default. */
  maxOldSpaceSizeMiB: number | null;
  /** v8.getHeapStatistics().heap_size_limit: old space plus young generation. */
  heapSizeLimitMiB: number;
  /** True if a phase was cut short to stay clear of the limit. */
  stoppedEarly: boolean;
  keptObjects: number;
  ringObjects: number;
  sampleEveryMs: number;
  phases: { name: 'short-lived' | 'long-lived' | 'medium-lived'; startMs: number; endMs: number }[];
  /** v8.getHeapSpaceStatistics() space_used_size per space, every sampleEveryMs. */
  samples: { atMs: number; phase: string; usedBytes: Record<string, number> }[];
  /** PerformanceObserver 'gc' entries. */
  gcs: { atMs: number; durationMs: number; kind: GcKind | string }[];
}

export type GcResult = LabResult<{ limitedMaxOldSpaceSizeMiB: number }, { runs: GcRun[] }>;

export const gc: Lab<GcResult> = {
  name: 'gc',
  title: m.gc.title,
  lesson: 'garbage-collection',
  describe: m.gc.describe,

  async measure(run) {
    const free = await run({ probe: PROBE });
    const limited = await run({ probe: PROBE, flags: [`--max-old-space-size=${LIMITED_OLD_SPACE_MIB}`] });
    return labResult(this, free.meta, { limitedMaxOldSpaceSizeMiB: LIMITED_OLD_SPACE_MIB }, { runs: [free.data as GcRun, limited.data as GcRun] });
  },

  render(r, theme, width) {
    const runs = r.measurements.runs;
    const end = max(runs.flatMap((run) => [...run.phases.map((p) => p.endMs), ...run.gcs.map((g) => g.atMs)]));
    const top = max(runs.flatMap((run) => run.samples.map(oldSpace)));
    // One label column for every chart, so all the time axes line up.
    const labelW = labelWidth([bytes(top), ...runs.flatMap((run) => [m.gc.minorRow(count(run, 'minor')), m.gc.majorRow(count(run, 'major'))])], width);
    return [
      ...words(m.gc.chartTitle, width, theme.bold),
      ...words(m.gc.phasesLine(runs[0]?.phases.map((p) => [p.name, p.startMs, p.endMs] as const) ?? []), width, theme.dim),
      ...runs.flatMap((run, i) => ['', ...runChart(run, theme, width, { end, top, labelW, last: i === runs.length - 1 })]),
    ];
  },

  explain(r) {
    const [free, limited] = r.measurements.runs;
    if (!free || !limited) return [];
    const short = free.phases.find((p) => p.name === 'short-lived');
    const minorsInShort = short ? free.gcs.filter((g) => g.kind === 'minor' && g.atMs >= short.startMs && g.atMs <= short.endMs).length : 0;
    const oldInShort = free.samples.filter((s) => s.phase === 'short-lived').map(oldSpace);
    const peak = (run: GcRun) => bytes(max(run.samples.map(oldSpace)));
    return [
      m.gc.explainYoung(minorsInShort, bytes(min(oldInShort)), bytes(max(oldInShort)), max(oldInShort) - min(oldInShort) < 2 * MiB),
      m.gc.explainOld(peak(free), count(free, 'major')),
      m.gc.explainLimit({
        limit: r.settings.limitedMaxOldSpaceSizeMiB,
        freeHeapMiB: free.heapSizeLimitMiB,
        limitedHeapMiB: limited.heapSizeLimitMiB,
        freeMajors: count(free, 'major'),
        limitedMajors: count(limited, 'major'),
        freeGcMs: ms(gcMs(free)),
        limitedGcMs: ms(gcMs(limited)),
        stoppedEarly: limited.stoppedEarly,
      }),
    ];
  },
};

function runChart(run: GcRun, theme: Theme, width: number, o: { end: number; top: number; labelW: number; last: boolean }): string[] {
  const heading = run.maxOldSpaceSizeMiB === null ? m.gc.freeHeading(run.heapSizeLimitMiB) : m.gc.limitedHeading(run.maxOldSpaceSizeMiB, run.heapSizeLimitMiB);
  const marks = (kind: GcKind) => run.gcs.filter((g) => g.kind === kind).map((g) => g.atMs);
  return [
    ...words(heading, width, theme.bold),
    ...words(m.gc.oldSpaceCaption, width, theme.dim),
    ...area(
      run.samples.map((s) => ({ t: s.atMs, v: oldSpace(s) })),
      width,
      theme,
      { end: o.end, max: o.top, height: 4, format: bytes, formatTime: ms, labelWidth: o.labelW, axis: false },
    ),
    ...timeline(
      [
        { label: m.gc.minorRow(count(run, 'minor')), marks: marks('minor') },
        { label: m.gc.majorRow(count(run, 'major')), marks: marks('major') },
      ],
      width,
      theme,
      { end: o.end, format: ms, labelWidth: o.labelW, style: theme.warn, axis: o.last },
    ),
  ];
}

/** Old space is what --max-old-space-size limits; large objects live beside it. */
function oldSpace(s: GcRun['samples'][number]): number {
  return (s.usedBytes.old_space ?? 0) + (s.usedBytes.large_object_space ?? 0);
}

function count(run: GcRun, kind: GcKind): number {
  return run.gcs.filter((g) => g.kind === kind).length;
}

function gcMs(run: GcRun): number {
  return run.gcs.reduce((sum, g) => sum + g.durationMs, 0);
}
