// Shared by the host (Node) and the browser client: plain constants, no imports, so the host can serve it as is.

/** Strings at least this long are sent as binary frames after their message, neither escaped nor re-parsed. */
export const BLOB_THRESHOLD = 64 * 1024;
export const BLOB_MARKER = '$bridgeBlob';
/** A message followed by N binary frames starts with `blobs:N:`. */
export const BLOBS_PREFIX = 'blobs:';
