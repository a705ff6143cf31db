/**
 * What one client (one address) may ask of the self-hosted server, and how long nginx waits for it.
 * A page of this site loads itself and 2 to 15 files (styles, scripts, images, the search's index);
 * a cold page load is under 20 requests today, and a page with a gallery of photos might reach 50.
 * Many visitors can share one address (an office, a mobile network), so the limits are set well
 * above what a person does and only stop a client that no browser would be.
 */
export const CLIENT_LIMITS = {
  /**
   * Requests one address may have in progress at once. Over HTTP/2 a browser asks for every file
   * of a page at the same moment, so this is above the 50 files of a large page.
   */
  requestsAtOnce: 64,
  /** Requests per second one address may keep up for ever: a cold page load every second. */
  requestsPerSecond: 20,
  /**
   * Requests one address may send at once beyond that rate before any is refused: four cold loads
   * of a 50-file page in the same instant, or ten of today's pages.
   */
  burst: 200,
  /** The status of a refused request: "too many requests", which a browser or crawler retries later. */
  refusedStatus: 429,
};

/**
 * How long nginx waits for a client before closing its connection. A browser sends a request's
 * headers in one packet and reads a reply as it comes, so ten seconds is plenty even on a poor
 * mobile connection; a client that sends half a request and waits holds a connection no longer.
 */
export const CLIENT_TIMEOUTS = {
  /** To send the whole request line and headers. */
  header: '10s',
  /** Between two reads of a request body (the site takes none, but nginx reads one to refuse it). */
  body: '10s',
  /** Between two writes of a reply that the client is not reading. */
  send: '10s',
  /** For the next request on an open connection; a page's files all come within a second or two. */
  keepalive: '15s',
};

/**
 * Connections each worker process may hold, counting slow and idle ones, and the files it may
 * open, which must be more: each connection is one, and each file it is sent is another.
 */
export const WORKER_CAPACITY = {
  connections: 4096,
  openFiles: 8192,
};
