/** A platform item as it was returned, unknown fields included; `@id` (its IRI) identifies it. */
export type CacheRow = Record<string, unknown>;

export interface CacheSnapshot {
  rows: CacheRow[];
  /** When the snapshot was fetched from the platform (epoch ms), as given by the caller. */
  fetchedAt: number;
  /** False when the fetch that produced it was cut short (cancelled, offline): the grid says so. */
  complete: boolean;
}

/** Why a cache file was thrown away; the caller refetches. */
export type CacheDropReason = 'corrupt' | 'wrong-key' | 'missing-key' | 'unreadable';

export interface CacheNotice {
  kind: 'dropped';
  reason: CacheDropReason;
  /** For the log and the notice; never holds row content. */
  detail: string;
}

/** Optional new snapshot facts to record with an incremental change (e.g. a refresh diff). */
export interface SnapshotUpdate {
  fetchedAt?: number;
  complete?: boolean;
}

/** A snapshot read chunk by chunk: each part is a JSON array text of rows, opened only when it is asked for. */
export interface CacheSnapshotStream {
  rowCount: number;
  fetchedAt: number;
  complete: boolean;
  parts: Iterable<{ json: string; rows: number }>;
  /** Every row as one JSON array text: the parts not yet taken are opened, and all of them joined. */
  all(): string;
}

export interface ProfileCache {
  /** null: nothing cached for this resource (or the cache was just dropped). */
  read(resource: string): Promise<CacheSnapshot | null>;
  /** Like read, but the rows stay JSON text (handed on without parsing them in main), in parts, so that the
   * first rows can be shown before the last are decrypted. */
  readJsonStream(resource: string): Promise<CacheSnapshotStream | null>;
  /**
   * Opens a snapshot into memory ahead of its use (yielding between chunks), so a readJsonStream after it costs no
   * decryption; kept until a write to it or until newer reads push it out. Damage drops the cache as a read does.
   */
  warm(resource: string): Promise<void>;
  /** The resource whose snapshot has the most rows, or null when nothing is cached. */
  largestResource(): Promise<string | null>;
  /**
   * One transaction: the new snapshot replaces the old one completely, or nothing changes. keepOpened: the text it
   * sealed stays in memory as warm() would leave it (a grid on screen opens it again without a decryption).
   */
  replaceAll(
    resource: string,
    rows: CacheRow[],
    fetchedAt: number,
    complete: boolean,
    options?: { keepOpened?: boolean },
  ): Promise<void>;
  /** Changed or new rows only, by `@id`. A no-op when the resource has no snapshot yet. */
  upsert(resource: string, rows: CacheRow[], update?: SnapshotUpdate): Promise<void>;
  /** Rows to forget, by `@id`. A no-op when the resource has no snapshot yet. */
  remove(resource: string, keys: string[], update?: SnapshotUpdate): Promise<void>;
  /** Bytes on disk of this profile's cache (database, WAL and shared-memory files). */
  sizeBytes(): Promise<number>;
  /** Empties this profile's cache; the key stays. */
  clear(): Promise<void>;
  close(): void;
}
