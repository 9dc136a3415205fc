import type { PlatformSchema, ResourceBinding } from './types.ts';

/** A platform row as it arrives: the platform's own field names, unknown fields kept. */
export type PlatformRow = Readonly<Record<string, unknown>>;

/**
 * The platform schema of the profile on screen, as main code uses it. One instance per app (created in the
 * composition root, injected below it); it follows the connected profile.
 */
export interface SchemaService {
  /** The current profile's merged schema; null before any profile was selected. */
  current(): PlatformSchema | null;
  /**
   * A registry resource (by its api-model collection path, e.g. '/number-blocks') bound to the current schema.
   * Always answers: with nothing documented or observed, every field is bound to our own name as 'assumed'.
   */
  binding(path: string): ResourceBinding;
  /** Reads the platform's documentation again (connect, refresh). Never throws: failures become `sources.problems`. */
  discover(signal?: AbortSignal): Promise<PlatformSchema>;
  /** Rows a grid or bulk job received: fields the documentation does not declare are added as 'observed'. */
  observe(path: string, rows: readonly PlatformRow[]): void;
  /** Called whenever `current()` changes (profile switch, discovery, new observed fields). */
  onChange(listener: (schema: PlatformSchema | null) => void): () => void;
}
