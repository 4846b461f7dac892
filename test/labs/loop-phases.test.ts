import { beforeAll, describe, expect, it } from 'vitest';
import { judge, loopPhases, type PhasesResult } from '../../src/labs/loop-phases.js';
import { expectEnvelope, expectRendersWell, runLab } from './lab-helpers.js';

const EXPECTED = ['main script', 'timeout A', 'nextTick A', 'promise A', 'immediate A', 'readFile', 'nextTick B', 'promise B', 'immediate B', 'timeout B'];

describe('lab loop-phases', () => {
  let r: PhasesResult;
  beforeAll(async () => {
    r = await runLab(loopPhases);
  });

  it('reports every callback once, with its queue', () => {
    expectEnvelope(r, loopPhases);
    expect([...r.measurements.order].sort()).toEqual([...EXPECTED].sort());
    expect(r.measurements.events.find((e) => e.id === 'immediate B')?.queue).toBe('check');
    expect(r.measurements.events.find((e) => e.id === 'readFile')?.queue).toBe('poll');
  });

  it("every ordering Node fixes held; the races are labelled as races", () => {
    const fixed = r.measurements.claims.filter((c) => c.kind === 'fixed');
    expect(fixed.length).toBe(4);
    expect(fixed.every((c) => c.held)).toBe(true);
    expect(r.measurements.claims.filter((c) => c.kind === 'race').map((c) => c.id)).toEqual(['main-race', 'readfile-race']);
  });

  it('judges predictions by what ran', () => {
    const [io, race] = loopPhases.predictions ?? [];
    expect(io?.judge(r, 'nextTick B,promise B,immediate B,timeout B').right).toBe(true);
    expect(io?.judge(r, 'promise B,nextTick B,immediate B,timeout B').right).toBe(false);
    expect(race?.judge(r, 'race').right).toBe(true);
    expect(race?.judge(r, 'timeout A').right).toBe(false);
    // Every choice offered is a complete ordering of the same four callbacks.
    for (const c of io?.choices ?? []) expect(c.value.split(',').sort()).toEqual(['immediate B', 'nextTick B', 'promise B', 'timeout B']);
  });

  it('checks the fixed orderings against any order', () => {
    const broken = judge(['timeout B', 'main script', 'immediate B', 'readFile', 'promise B', 'nextTick B', 'timeout A', 'nextTick A', 'promise A', 'immediate A']);
    expect(broken.filter((c) => c.kind === 'fixed').map((c) => c.held)).toEqual([false, true, false, false]);
    expect(broken.find((c) => c.id === 'main-race')?.observed).toBe('timeout A');
  });

  it('draws and explains it', () => expectRendersWell(loopPhases, r));
});
