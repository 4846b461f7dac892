/**
 * Phases, traced: callbacks scheduled from the main module, from a timer and from an I/O
 * callback, and the order they ran in. What Node's rules fix is checked against the run; what is a
 * race is labelled as one, whatever this run did. Probe: labs/loop-phases.mjs.
 */
import type { Theme } from '../ui/theme.js';
import { wrap } from '../ui/wrap.js';
import { lanes, words } from './charts.js';
import { labMessages as m } from './messages.js';
import { labResult, type Lab, type LabResult } from './types.js';

export const QUEUES = ['main', 'nextTick', 'promise', 'timers', 'poll', 'check'] as const;
export type Queue = (typeof QUEUES)[number];

export interface PhaseEvent {
  id: string;
  /** Where the callback came from: the API that scheduled it decides its phase. */
  queue: Queue;
  atMs: number;
}

export interface Claim {
  id: ClaimId;
  kind: 'fixed' | 'race';
  /** Fixed: whether it held on this run (it always should). Race: null. */
  held: boolean | null;
  /** Race: what this run did, e.g. "immediate A" (the one that ran first). */
  observed: string | null;
}

export type ClaimId = 'main-first' | 'timer-microtasks' | 'io-microtasks' | 'io-immediate-first' | 'main-race' | 'readfile-race';

export type PhasesResult = LabResult<{ module: 'esm' }, { events: PhaseEvent[]; order: string[]; claims: Claim[] }>;

const before = (order: string[], a: string, b: string) => order.indexOf(a) >= 0 && order.indexOf(a) < order.indexOf(b);
/** `ids` ran one right after the other, in this order. */
const inARow = (order: string[], ids: string[]) => {
  const at = order.indexOf(ids[0] ?? '');
  return at >= 0 && ids.every((id, i) => order[at + i] === id);
};

const IO_CALLBACKS = ['nextTick B', 'promise B', 'immediate B', 'timeout B'];
/** Their place in the order is a race; the callbacks they schedule follow them by rule. */
const RACY_EVENTS = new Set(['timeout A', 'immediate A', 'readFile']);

/** What Node guarantees about this scenario, and what it leaves to timing, judged on one run. */
export function judge(order: string[]): Claim[] {
  const fixed = (id: ClaimId, held: boolean): Claim => ({ id, kind: 'fixed', held, observed: null });
  const race = (id: ClaimId, observed: string): Claim => ({ id, kind: 'race', held: null, observed });
  const readFileAt = order.indexOf('readFile');
  const aheadOfReadFile = ['timeout A', 'immediate A'].filter((id) => order.indexOf(id) < readFileAt);
  return [
    fixed('main-first', order[0] === 'main script'),
    fixed('timer-microtasks', inARow(order, ['timeout A', 'nextTick A', 'promise A'])),
    fixed('io-microtasks', inARow(order, ['readFile', 'nextTick B', 'promise B'])),
    fixed('io-immediate-first', before(order, 'immediate B', 'timeout B')),
    race('main-race', before(order, 'timeout A', 'immediate A') ? 'timeout A' : 'immediate A'),
    race('readfile-race', aheadOfReadFile.length === 2 ? 'after both' : aheadOfReadFile.length === 1 ? `after ${aheadOfReadFile[0]}` : 'before both'),
  ];
}

export const loopPhases: Lab<PhasesResult> = {
  name: 'loop-phases',
  title: m.phases.title,
  lesson: 'event-loop',
  describe: m.phases.describe,
  setup: m.phases.setup,

  predictions: [
    {
      question: m.phases.askIoOrder,
      choices: m.phases.ioOrderChoices,
      judge(r, answer) {
        const seen = r.measurements.order.filter((id) => IO_CALLBACKS.includes(id));
        const right = answer === seen.join(',');
        return { right, why: m.phases.ioOrderWhy(seen) };
      },
    },
    {
      question: m.phases.askMainRace,
      choices: m.phases.mainRaceChoices,
      judge(r, answer) {
        const first = r.measurements.claims.find((c) => c.id === 'main-race')?.observed ?? '?';
        return { right: answer === 'race', why: m.phases.mainRaceWhy(first, answer === first) };
      },
    },
  ],

  async measure(run) {
    const out = await run({ probe: 'loop-phases.mjs' });
    const events = (out.data as { events: PhaseEvent[] }).events;
    const order = events.map((e) => e.id);
    return labResult(this, out.meta, { module: 'esm' as const }, { events, order, claims: judge(order) });
  },

  render(r, theme, width) {
    const rows = r.measurements.events.map((e) => ({
      lane: Math.max(0, QUEUES.indexOf(e.queue)),
      label: e.id,
      ...(RACY_EVENTS.has(e.id) ? { note: m.phases.raceNote } : {}),
    }));
    return [...words(m.phases.chartTitle, width, theme.bold), '', ...lanes(QUEUES.map((q) => m.phases.lane[q]), rows, width, theme), '', ...claimLines(r.measurements.claims, theme, width)];
  },

  explain: () => m.phases.explain,
};

function claimLines(claims: Claim[], theme: Theme, width: number): string[] {
  const { right, wrong, partial } = theme.symbols;
  const item = (mark: string, text: string) => wrap(text, width, '    ', `  ${mark} `);
  return [
    ...words(m.phases.fixedHeading, width, theme.bold),
    ...claims.filter((c) => c.kind === 'fixed').flatMap((c) => item(c.held ? theme.good(right) : theme.bad(wrong), `${m.phases.claim[c.id]}${c.held ? '' : ` ${m.phases.didNotHold}`}`)),
    ...words(m.phases.raceHeading, width, theme.bold),
    ...claims.filter((c) => c.kind === 'race').flatMap((c) => item(theme.warn(partial), `${m.phases.claim[c.id]} ${m.phases.thisRun(c.id, c.observed ?? '?')}`)),
  ];
}
