import { CLIENT_LIMITS } from '~/publish/nginx-limits';

/** What one client (one address) may ask of the studio through nginx, and how long nginx waits. */
export const STUDIO_LIMITS = {
  /**
   * Sign-in attempts (POST /studio/sign-in) one address may make a minute: a person who mistypes
   * a password tries a few times, and someone guessing gets ten guesses a minute.
   */
  signInsPerMinute: 10,
  /** Attempts beyond that rate before any is refused, so a few quick mistypes are never refused. */
  signInBurst: 5,
  /**
   * Every other request: the preview is the site itself, loaded as a visitor loads it, so the
   * public site's numbers fit (src/publish/nginx-limits.ts).
   */
  requestsPerSecond: CLIENT_LIMITS.requestsPerSecond,
  burst: CLIENT_LIMITS.burst,
  /**
   * The largest request body, in megabytes. The content check allows a photo of 20 MB, and the
   * forms send a file as base64 in JSON, which is a third larger: about 27 MB.
   */
  bodyMegabytes: 30,
  /**
   * How long nginx waits for the studio's answer: it may build the draft preview before it answers
   * a page of it, which takes seconds at today's content and longer with many more pages.
   */
  answerTimeout: '120s',
};
