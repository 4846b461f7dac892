import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { writeAtomic } from '../progress/atomic-write.js';
import { checkAndUpgrade } from '../progress/check.js';
import { mergeProgress } from '../progress/merge.js';
import { serialize } from '../progress/serialize.js';
import { messages } from '../ui/messages.js';
import { openStore } from './shared.js';

/** `node-arch progress export [file]`: the progress file as it is, to a file or stdout. */
export async function exportProgress(ctx: Context, file: string | undefined): Promise<void> {
  const store = await openStore(ctx);
  const text = serialize(store.progress);
  if (!file) {
    ctx.terminal.stdout.write(text);
    return;
  }
  const target = resolve(ctx.cwd, file);
  try {
    await writeAtomic(target, text);
  } catch (error) {
    throw new UserError(messages.cannotWrite(target, (error as Error).message));
  }
  ctx.terminal.stdout.write(`${messages.exported(store.progress.attempts.length, target)}\n`);
}

/** `node-arch progress import <file>`: merge another machine's progress into this one's. */
export async function importProgress(ctx: Context, file: string): Promise<void> {
  const source = resolve(ctx.cwd, file);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(source, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'it is not valid JSON' : (error as Error).message;
    throw new UserError(messages.cannotImport(source, reason));
  }
  const checked = await checkAndUpgrade(data);
  if (!checked.ok) {
    throw new UserError(checked.newer ? messages.importNewer(source, checked.version) : messages.cannotImport(source, checked.reason));
  }
  const store = await openStore(ctx);
  if (!store.writable) throw new UserError(messages.importNotSaved);
  let added = 0;
  await store.update((p) => {
    const merged = mergeProgress(p, checked.progress);
    added = merged.added;
    Object.assign(p, merged.progress);
  });
  ctx.terminal.stdout.write(`${messages.imported(added, checked.progress.attempts.length - added)}\n`);
}
