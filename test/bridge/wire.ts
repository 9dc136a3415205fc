// Shared by the host (Node) and the browser client: plain constants, no imports, so the host can serve it as is.

/**
 * Strings at least this long (a grid's whole snapshot) are left out of their message: the page fetches each over
 * HTTP by the id that stands in its place, neither escaped into nor parsed out of the JSON message. Not as WebSocket
 * frames: a page driven over Chrome's DevTools protocol (Playwright) has a copy of every frame it receives encoded
 * and sent to the driver, on the page's main thread (40 MB of rows cost the page and the test process a second or
 * more that the Electron app, with no DevTools attached, never pays); a response body is not sent to the driver.
 * Shorter strings (the first rows of an open, a page of a first sync) stay in their message: a fetch would wait for
 * the host, which is busy preparing the snapshot right after it answered with the first rows.
 */
export const BLOB_THRESHOLD = 4 * 1024 * 1024;
export const BLOB_MARKER = '$bridgeBlob';
/** Followed by the blob's id; served once, with the session cookie. */
export const BLOB_PATH = '/__bridge/blob/';
