/**
 * Whether the snippets of the course in use may run on the learner's machine (issue 7). A
 * predict-the-output snippet is code: the shipped course is ours and trusted, but a course from
 * any other folder (--content, NODE_ARCH_CONTENT) was written by someone else. Before its first
 * "Run it on my Node" we say so plainly and ask, defaulting to no.
 *
 * The answer is kept per course, keyed by the folder's real path (so a link or a relative path
 * is the same course), in trust.json in the data folder, under the progress lock's kind of lock
 * and written atomically. A "no" can be kept for this session only, so the learner may change
 * their mind next time. Nothing here runs anything: it only decides.
 */
import { mkdir, readFile, realpath } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { shippedContentDir } from '../content/location.js';
import type { Context } from '../context.js';
import { writeAtomic } from '../progress/atomic-write.js';
import { withLock } from '../progress/lock.js';
import { SNIPPET_LIMITS } from '../runtime/run-snippet.js';
import { messages } from '../ui/messages.js';
import type { Prompter } from '../ui/prompts.js';
import type { Theme } from '../ui/theme.js';

export const TRUST_FILE = 'trust.json';

interface TrustFile {
  version: 1;
  /** Real path of a course folder → whether its snippets may run, and since when. */
  packs: Record<string, { run: boolean; at: string }>;
}

/** Answers given in this process, "no for now" included: asked once per course per session. */
const session = new WeakMap<Context, Map<string, boolean>>();

/** Whether to offer "Run it on my Node" at all: not once the learner has said no to this course. */
export async function mayOfferRun(ctx: Context): Promise<boolean> {
  return (await decided(ctx)) !== false;
}

/**
 * Whether the snippet may run now. Asks first (default no) when the course is not ours and the
 * learner has not answered yet; prints what was decided and where it is kept.
 */
export async function mayRun(ctx: Context, prompter: Prompter, theme: Theme): Promise<boolean> {
  const known = await decided(ctx);
  if (known !== undefined) return known;
  const pack = await packKey(ctx.contentDir);
  const say = (line: string) => ctx.terminal.stdout.write(`${line}\n`);
  say(`\n${theme.warn(messages.trustWarning(pack, SNIPPET_LIMITS.timeMs))}`);
  const run = await prompter.confirm(messages.trustQuestion, false);
  remember(ctx, pack, run);
  const keep = run || (await prompter.confirm(messages.trustKeepNo, false));
  if (!keep) {
    say(theme.dim(messages.trustNoForSession));
    return false;
  }
  const file = trustFile(ctx);
  const failure = file ? await saveAnswer(file, pack, run, ctx.now()) : messages.trustNoDataFolder;
  if (failure) say(theme.dim(messages.trustNotKept(failure)));
  else say(theme.dim(run ? messages.trustYesKept(file ?? '') : messages.trustNoKept(file ?? '')));
  return run;
}

/** This session's answer, else the one kept on disk, else undefined (ask). The shipped course is always yes. */
async function decided(ctx: Context): Promise<boolean | undefined> {
  const pack = await packKey(ctx.contentDir);
  if (pack === (await packKey(shippedContentDir(ctx.packageRoot)))) return true;
  const now = session.get(ctx)?.get(pack);
  if (now !== undefined) return now;
  const file = trustFile(ctx);
  const kept = file ? (await readTrust(file)).packs[pack]?.run : undefined;
  if (kept !== undefined) remember(ctx, pack, kept);
  return kept;
}

function remember(ctx: Context, pack: string, run: boolean): void {
  const answers = session.get(ctx) ?? new Map<string, boolean>();
  answers.set(pack, run);
  session.set(ctx, answers);
}

export async function packKey(dir: string): Promise<string> {
  try {
    return await realpath(dir);
  } catch {
    return resolve(dir);
  }
}

function trustFile(ctx: Context): string | undefined {
  return ctx.dataDir === undefined ? undefined : join(ctx.dataDir, TRUST_FILE);
}

/** A missing, unreadable or damaged file trusts nothing: the learner is simply asked again. */
async function readTrust(file: string): Promise<TrustFile> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<TrustFile>;
    if (data.version === 1 && typeof data.packs === 'object' && data.packs !== null && !Array.isArray(data.packs)) {
      const packs = Object.fromEntries(Object.entries(data.packs).filter(([, v]) => typeof v?.run === 'boolean'));
      return { version: 1, packs };
    }
  } catch {
    // fall through
  }
  return { version: 1, packs: {} };
}

/** Read-modify-write under a lock, so two terminals answering for two courses keep both. Resolves to why it failed, if it did. */
export async function saveAnswer(file: string, pack: string, run: boolean, at: Date): Promise<string | undefined> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await withLock(file, async () => {
      const trust = await readTrust(file);
      trust.packs[pack] = { run, at: at.toISOString() };
      await writeAtomic(file, `${JSON.stringify(trust, null, 2)}\n`);
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
