/**
 * The progress store. Every change is a read-modify-write of the file on disk, under a lock,
 * written atomically, so two terminals answering at once both keep every answer, a crash never
 * tears the file, and a damaged file is moved aside instead of being overwritten.
 */
import { constants } from 'node:fs';
import { access, copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sweepTemps, writeAtomic } from './atomic-write.js';
import { checkAndUpgrade } from './check.js';
import { sweepStaleLock, withLock } from './lock.js';
import { emptyProgress, type Progress } from './schema.js';
import { serialize } from './serialize.js';

export const PROGRESS_FILE = 'progress.json';

const DAMAGED = Symbol('damaged');

/** Things the learner must be told about their progress. The UI words them. */
export type StoreNotice =
  | { kind: 'damaged'; reason: string; keptAt: string }
  | { kind: 'newer'; version: number; file: string }
  | { kind: 'unwritable'; file: string; reason: string }
  | { kind: 'nowhere' };

export interface StoreOptions {
  /** The data folder; undefined when there is none (no home folder): nothing is read or saved. */
  dir: string | undefined;
  /** Called once per notice, as it happens (also collected in `notices`). */
  onNotice?: (notice: StoreNotice) => void;
  now?: () => Date;
}

export class ProgressStore {
  /** The progress file, when there is a folder for it. */
  readonly file: string | undefined;
  readonly notices: StoreNotice[] = [];
  private state: Progress = emptyProgress();
  /** False once saving is impossible: the learner keeps learning, but nothing is written. */
  private canWrite = true;
  /** Changes in this process run one after another, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The file's fingerprint when this process last read or wrote it. */
  private seen: string | undefined;

  private constructor(private readonly options: StoreOptions) {
    this.file = options.dir === undefined ? undefined : join(options.dir, PROGRESS_FILE);
  }

  static async open(options: StoreOptions): Promise<ProgressStore> {
    const store = new ProgressStore(options);
    if (options.dir === undefined) {
      store.canWrite = false;
      store.notify({ kind: 'nowhere' });
      return store;
    }
    try {
      await mkdir(options.dir, { recursive: true });
    } catch (error) {
      store.stopWriting(errorReason(error));
      return store;
    }
    // Say so before the learner answers anything, not at the first save.
    await access(options.dir, constants.W_OK).catch((error: unknown) => store.stopWriting(errorReason(error)));
    await sweepTemps(store.path);
    sweepStaleLock(store.path);
    // Reading needs no lock: the file is only ever replaced whole, by rename. Only repairing a
    // damaged file does, so that two processes never both move it aside.
    const quick = await store.readFromDisk(false);
    if (quick !== DAMAGED) {
      store.state = quick;
      return store;
    }
    const read = async () => {
      store.state = (await store.readFromDisk(true)) as Progress;
    };
    // A folder we cannot lock (read-only, full) may still hold progress worth showing.
    if (!(await store.withLock(read))) await read();
    return store;
  }

  get progress(): Progress {
    return this.state;
  }

  get writable(): boolean {
    return this.canWrite;
  }

  /** The file, for the code paths that only run while there is one (never a guess in the cwd). */
  private get path(): string {
    if (this.file === undefined) throw new Error('no progress file: there is no data folder');
    return this.file;
  }

  /** Applies `change` to the latest progress on disk and saves it. Resolves to the new state. */
  update(change: (p: Progress) => void): Promise<Progress> {
    const next = this.queue.then(() => this.apply(change));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Waits for every change already asked for: called before exiting, even on Ctrl+C. */
  async flush(): Promise<void> {
    await this.queue;
  }

  /** Copies the file beside itself before something destructive. Resolves to the copy's path. */
  async backup(): Promise<string | undefined> {
    if (!this.canWrite) return undefined;
    const keptAt = `${this.path}.backup-${this.stamp()}`;
    try {
      await copyFile(this.path, keptAt);
      return keptAt;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  private stamp(): string {
    return (this.options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  }

  private async apply(change: (p: Progress) => void): Promise<Progress> {
    if (!this.canWrite) {
      change(this.state);
      return this.state;
    }
    const done = await this.withLock(async () => {
      // Unchanged since this process last read or wrote it: no need to parse it again, which
      // matters once a learner has 100,000 answers (issue 6).
      const unchanged = this.seen !== undefined && (await this.fingerprint()) === this.seen;
      const latest = unchanged ? this.state : ((await this.readFromDisk(true)) as Progress);
      change(latest);
      if (this.canWrite) {
        try {
          await writeAtomic(this.path, serialize(latest));
          this.seen = await this.fingerprint();
        } catch (error) {
          this.seen = undefined;
          this.stopWriting(errorReason(error));
        }
      }
      this.state = latest;
    });
    if (!done) change(this.state);
    return this.state;
  }

  /** Runs `fn` holding the file's lock. Returns false (without running it) if no lock could be had. */
  private async withLock(fn: () => Promise<void>): Promise<boolean> {
    if (!this.canWrite) {
      await fn();
      return true;
    }
    try {
      await withLock(this.path, fn);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED' && code !== 'EACCES' && code !== 'EROFS' && code !== 'ENOSPC' && code !== 'EPERM' && code !== 'EDQUOT') throw error;
      this.stopWriting(errorReason(error));
      return false;
    }
  }

  /** The file's identity and version: a rename gives a new inode, a write a new size or mtime. */
  private async fingerprint(): Promise<string | undefined> {
    try {
      const s = await stat(this.path);
      return `${s.ino}:${s.size}:${s.mtimeMs}`;
    } catch {
      return undefined;
    }
  }

  /** Reads and checks the file. With `repair` false, a damaged file is only reported. */
  private async readFromDisk(repair: boolean): Promise<Progress | typeof DAMAGED> {
    const before = await this.fingerprint();
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return emptyProgress();
      if (code === 'EISDIR') return repair ? this.moveAside('it is a folder, not a file') : DAMAGED;
      this.stopWriting(errorReason(error));
      return this.state;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return repair ? this.moveAside(text.trim() === '' ? 'it is empty' : 'it is not valid JSON') : DAMAGED;
    }
    const checked = await checkAndUpgrade(data);
    if (checked.ok) {
      this.seen = before;
      return checked.progress;
    }
    if (checked.newer) {
      // Never overwrite what a newer node-arch wrote: the learner may go back to it.
      this.canWrite = false;
      this.notify({ kind: 'newer', version: checked.version, file: this.path });
      return emptyProgress();
    }
    return repair ? this.moveAside(checked.reason) : DAMAGED;
  }

  private async moveAside(reason: string): Promise<Progress> {
    const keptAt = `${this.path}.damaged-${this.stamp()}`;
    try {
      await rename(this.path, keptAt);
      this.notify({ kind: 'damaged', reason, keptAt });
    } catch (error) {
      this.stopWriting(`a damaged progress file could not be moved aside: ${errorReason(error)}`);
    }
    return emptyProgress();
  }

  private stopWriting(reason: string): void {
    if (!this.canWrite) return;
    this.canWrite = false;
    this.notify({ kind: 'unwritable', file: this.path, reason });
  }

  private notify(notice: StoreNotice): void {
    this.notices.push(notice);
    this.options.onNotice?.(notice);
  }
}

function errorReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exceeded',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ELOCKED: 'another node-arch holds the lock',
  };
  return (e.code && known[e.code]) ?? e.message ?? String(error);
}
