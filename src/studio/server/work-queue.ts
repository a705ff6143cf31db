/**
 * Everything that changes the working copy runs here one at a time: a save, a publish, putting a
 * version back, a draft build. Two of them at once could publish half a save, or build from files
 * another is rewriting.
 */

export type JobState = 'waiting' | 'running' | 'done' | 'failed';

/** What a job that people wait for shows on its page. */
export interface Job<Outcome> {
  id: string;
  /** What it does, as the page says it: "publish", "put back". */
  kind: string;
  by: string;
  queuedAt: Date;
  startedAt?: Date;
  state: JobState;
  outcome?: Outcome;
}

export class WorkQueue<Outcome> {
  #tail: Promise<unknown> = Promise.resolve();
  readonly #jobs = new Map<string, Job<Outcome>>();
  #next = 1;
  readonly #now: () => Date;
  /** How many finished jobs are kept for their pages. */
  readonly #kept: number;

  constructor(options: { now?: () => Date; kept?: number } = {}) {
    this.#now = options.now ?? (() => new Date());
    this.#kept = options.kept ?? 50;
  }

  /** Runs `work` after everything queued before it, and gives its result. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(work, work);
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Queues a job with a page of its own; `work` resolves with its outcome and `failed` says how it went. */
  add(
    kind: string,
    by: string,
    work: () => Promise<{ outcome: Outcome; failed: boolean }>,
  ): Job<Outcome> {
    const job: Job<Outcome> = {
      id: String(this.#next++),
      kind,
      by,
      queuedAt: this.#now(),
      state: 'waiting',
    };
    this.#jobs.set(job.id, job);
    this.#forgetOld();
    void this.run(async () => {
      job.state = 'running';
      job.startedAt = this.#now();
      try {
        const { outcome, failed } = await work();
        job.outcome = outcome;
        job.state = failed ? 'failed' : 'done';
      } catch (error) {
        job.state = 'failed';
        throw error;
      }
    }).catch(() => undefined);
    return job;
  }

  job(id: string): Job<Outcome> | undefined {
    return this.#jobs.get(id);
  }

  /** The jobs with pages that run before this one. */
  ahead(id: string): Job<Outcome>[] {
    const all = [...this.#jobs.values()];
    const index = all.findIndex((job) => job.id === id);
    return all
      .slice(0, Math.max(index, 0))
      .filter((job) => job.state === 'waiting' || job.state === 'running');
  }

  /** The job with a page that is running now, if any. */
  running(): Job<Outcome> | undefined {
    return [...this.#jobs.values()].find((job) => job.state === 'running');
  }

  /** Resolves once everything queued so far has finished. */
  idle(): Promise<void> {
    return this.#tail.then(() => undefined);
  }

  #forgetOld(): void {
    const finished = [...this.#jobs.values()].filter(
      (job) => job.state === 'done' || job.state === 'failed',
    );
    for (const job of finished.slice(0, Math.max(finished.length - this.#kept, 0))) {
      this.#jobs.delete(job.id);
    }
  }
}
