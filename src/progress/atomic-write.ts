/**
 * Atomic replacement of a file: write a temp file beside it, flush it to disk, rename it over.
 * A crash at any moment leaves either the old file or the new one, never a torn one; the temp
 * files a crash leaves behind are swept by `sweepTemps` the next time the store opens.
 */
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isAlive, randomHex } from './lock.js';

const TEMP = /^(.*)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export async function writeAtomic(file: string, data: string): Promise<void> {
  const temp = `${file}.${process.pid}.${randomHex()}.tmp`;
  try {
    const handle = await open(temp, 'w', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Removes temp files of `file` left by processes that no longer run. */
export async function sweepTemps(file: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dirname(file));
  } catch {
    return;
  }
  const base = basename(file);
  await Promise.all(
    names.map(async (name) => {
      const m = TEMP.exec(name);
      if (m?.[1] === base && !isAlive(Number(m[2]))) await rm(join(dirname(file), name), { force: true });
    }),
  );
}

