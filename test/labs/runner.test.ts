import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Cleanup } from '../../src/cleanup.js';
import { CancelledError, UserError } from '../../src/errors.js';
import { createProbeRunner, parseOutput } from '../../src/labs/runner.js';
import { tempDir } from '../helpers/temp.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('the probe runner', () => {
  it('runs the probe in os.tmpdir() with a clean environment, its flags and its args', async () => {
    const run = createProbeRunner({ cleanup: new Cleanup(), probeDir: FIXTURES, env: { PATH: process.env.PATH, NODE_OPTIONS: '--max-old-space-size=7', UV_THREADPOOL_SIZE: '64' } });
    const out = await run({ probe: 'ok.mjs', args: ['--mode=x'], flags: ['--no-warnings'], env: { EXTRA: 'yes', UV_THREADPOOL_SIZE: '2' } });
    expect(out.meta.node).toBe(process.version);
    expect(out.data).toEqual({ env: { EXTRA: 'yes', UV_THREADPOOL_SIZE: '2' }, args: ['--mode=x'], execArgv: ['--no-warnings'], cwd: tmpdir() });
  });

  it('stops a probe at its time limit, and says so as a mistake the learner can act on', async () => {
    const pidFile = join(tempDir(), 'pid');
    const run = createProbeRunner({ cleanup: new Cleanup(), probeDir: FIXTURES, timeoutMs: 300, env: { ...process.env, PID_FILE: pidFile } });
    await expect(run({ probe: 'hang.mjs' })).rejects.toThrow(UserError);
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  });

  it('kills a running probe when the cleanup runs (Ctrl+C), and reports a cancel', async () => {
    const pidFile = join(tempDir(), 'pid');
    const cleanup = new Cleanup();
    const run = createProbeRunner({ cleanup, probeDir: FIXTURES, env: { ...process.env, PID_FILE: pidFile } });
    const running = run({ probe: 'hang.mjs' });
    for (let i = 0; i < 200 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 20));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(pid)).toBe(true);
    await cleanup.run();
    await expect(running).rejects.toThrow(CancelledError);
    expect(alive(pid)).toBe(false);
    await expect(run({ probe: 'ok.mjs' })).rejects.toThrow(CancelledError);
  });

  it.each([
    ['garbage.mjs', /no result on stdout/],
    ['fails.mjs', /failed \(exit code 3\): something broke/],
  ])('reports a probe that misbehaves (%s) as a bug', async (probe, message) => {
    const run = createProbeRunner({ cleanup: new Cleanup(), probeDir: FIXTURES });
    const error = await run({ probe }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
  });

  it('takes the last line of stdout as the result', () => {
    expect(parseOutput('warning\n{"meta":{"node":"v20.0.0"},"data":1}\n').data).toBe(1);
    expect(() => parseOutput('{"data":1}')).toThrow();
    expect(() => parseOutput('')).toThrow();
  });
});
