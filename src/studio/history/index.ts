/** The studio's history: git commits for saves and publishes, put back, push. */
export type { Author } from './author.ts';
export { changedSinceLive, type ContentChange } from './changes-since-live.ts';
export { commitSave, lastChangeOf, type LastChange } from './commits.ts';
export { contentPath, isContentPath } from './content-paths.ts';
export { fileAt } from './file-at.ts';
export { GitError } from './git-command.ts';
export { LIVE_REF, liveCommit, publishes, recordPublish, type Publish } from './publishes.ts';
export { pushLive, type PushResult } from './push.ts';
export {
  discardContentChanges,
  putBackMessage,
  recordPutBack,
  restoreContent,
} from './put-back.ts';
export { openRepository, type Repository } from './repository.ts';
export { saveAt, savesByPublish, type Save, type SavesByPublish } from './saves.ts';
export { firstCommit } from './revisions.ts';
export { textsAt, type FileAtCommit } from './texts-at.ts';
