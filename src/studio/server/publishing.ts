import { join } from 'node:path';
import { checkContent } from '../../content-check/check.ts';
import type { Author, Publish } from '../history/index.ts';
import {
  changedSinceLive,
  discardContentChanges,
  commitSave,
  pushLive,
  recordPublish,
  recordPutBack,
  restoreContent,
} from '../history/index.ts';
import type { JobOutcome } from './job-outcome.ts';
import { buildSite } from './site-build.ts';

export interface PublishPlace {
  repo: string;
  siteDir: string;
  pushTo: string | undefined;
}

type Done = { outcome: JobOutcome; failed: boolean };

const failed = (message: string, output?: string): Done => ({
  outcome: { kind: 'failed', message, ...(output === undefined ? {} : { output }) },
  failed: true,
});

/** Checks, builds into the live folder in one step, then records the publish and sends it on. */
async function checkBuildRecord(place: PublishPlace, record: () => Promise<string>): Promise<Done> {
  const check = checkContent(place.repo, join(place.repo, 'content'));
  if (check.problems.length > 0) {
    return { outcome: { kind: 'mistakes', problems: check.problems }, failed: true };
  }
  const build = await buildSite({ repo: place.repo, outDir: place.siteDir });
  if (!build.ok) return { ...failed('the site could not be built.', build.output) };
  const sha = await record();
  if (place.pushTo === undefined) return { outcome: { kind: 'published', sha }, failed: false };
  const push = await pushLive(place.repo, place.pushTo);
  return {
    outcome: { kind: 'published', sha, ...(push.ok ? {} : { pushProblem: push.message }) },
    failed: false,
  };
}

/** Publishes what is in the content folder now, as `author`, with their message. */
export function publishNow(place: PublishPlace, author: Author, message: string): Promise<Done> {
  // The publish commit holds content/ as it is, so what was built is what the history records.
  return checkBuildRecord(place, () => recordPublish(place.repo, author, message));
}

/** Makes an earlier publish's content live again, as a new publish; on any failure, nothing changes. */
export async function putBack(place: PublishPlace, author: Author, of: Publish): Promise<Done> {
  // Restoring wipes what is not committed: files changed by hand on the server are saved first.
  const changed = await changedSinceLive(place.repo);
  await commitSave(
    place.repo,
    author,
    changed.map(({ path }) => path),
    'Saved before putting a version back',
  );
  await restoreContent(place.repo, of.sha);
  try {
    const done = await checkBuildRecord(place, () => recordPutBack(place.repo, author, of));
    if (done.failed) await discardContentChanges(place.repo);
    return done;
  } catch (error) {
    await discardContentChanges(place.repo);
    throw error;
  }
}
