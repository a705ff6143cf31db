import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The process that holds the lock: its id, and when it started, so a reused id is not mistaken for it. */
export interface LockHolder {
  pid: number;
  /** The process's start time as the system counts it (Linux), or undefined where it cannot be read. */
  startedAt: string | undefined;
  /** When it took the lock, for the message a second build prints. */
  since: string;
}

/** A process's start time, from `/proc` on Linux; elsewhere the process id alone is checked. */
export function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the command name, which may hold spaces and brackets.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether the holder is still running: its id is in use, by the same process when that can be told. */
export function holderAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startTimeOf(holder.pid);
  return holder.startedAt === undefined || started === undefined || started === holder.startedAt;
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

export type LockResult =
  { taken: true; release: () => void } | { taken: false; holder: LockHolder };

/**
 * Takes the build lock at `file`, or says who holds it. The lock file is made whole under another
 * name and linked into place, which fails when one is there, so two builds never both take it. A
 * lock whose process has died (a killed build) is taken over: it is first renamed to a name of this
 * process's own, so that of two builds taking over at once, only one removes it.
 */
export function takeLock(file: string, now = new Date()): LockResult {
  mkdirSync(dirname(file), { recursive: true });
  const me: LockHolder = {
    pid: process.pid,
    startedAt: startTimeOf(process.pid),
    since: now.toISOString(),
  };
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, JSON.stringify(me));
  try {
    for (;;) {
      try {
        linkSync(mine, file);
        return { taken: true, release: () => releaseLock(file) };
      } catch (error) {
        if (code(error) !== 'EEXIST') throw error;
      }
      const holder = readHolder(file);
      if (holder && holderAlive(holder)) return { taken: false, holder };
      takeOver(file, holder);
    }
  } finally {
    rmSync(mine, { force: true });
  }
}

/** Removes a dead holder's lock, unless another build has replaced it since it was read. */
function takeOver(file: string, dead: LockHolder | undefined): void {
  const moved = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, moved);
  } catch (error) {
    if (code(error) === 'ENOENT') return;
    throw error;
  }
  const found = readHolder(moved);
  if (found && (found.pid !== dead?.pid || found.since !== dead.since)) {
    // Another build took the lock between the read and the rename: it is put back.
    try {
      linkSync(moved, file);
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
    }
  }
  rmSync(moved, { force: true });
}

function releaseLock(file: string): void {
  const holder = readHolder(file);
  if (holder?.pid === process.pid) rmSync(file, { force: true });
}
