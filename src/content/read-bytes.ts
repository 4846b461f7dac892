import { open, stat } from 'node:fs/promises';
import { LIMITS } from './limits.js';

/**
 * A content file's bytes when it is a regular file within the size limit, else undefined. A pack
 * may hold a 50 MB file, a FIFO that would block a read for ever, or a link to /dev/zero that
 * never ends (issue 7): the loader and the course cache both read through here.
 */
export async function readContentBytes(file: string): Promise<Buffer | undefined> {
  const info = await stat(file);
  if (!info.isFile() || info.size > LIMITS.fileBytes) return undefined;
  return readAtMost(file, LIMITS.fileBytes);
}

/** The file's bytes, or undefined if there are more than `max` (a file can grow after its stat). */
async function readAtMost(file: string, max: number): Promise<Buffer | undefined> {
  const handle = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(64 * 1024) });
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      total += bytesRead;
      if (total > max) return undefined;
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}
