/**
 * In-memory table of one resource: id lookup plus the id-ordered list that collection pages slice.
 * Inserts append (ids only grow), so paging needs no per-request sorting.
 */
export class Table<T extends { id: number }> {
  readonly #byId = new Map<number, T>();
  readonly #ordered: T[] = [];
  #nextId: number;

  constructor(firstId = 1) {
    this.#nextId = firstId;
  }

  get size(): number {
    return this.#ordered.length;
  }

  get(id: number): T | undefined {
    return this.#byId.get(id);
  }

  has(id: number): boolean {
    return this.#byId.has(id);
  }

  /** All rows in id order. Do not mutate the array itself. */
  all(): readonly T[] {
    return this.#ordered;
  }

  values(): IterableIterator<T> {
    return this.#ordered.values();
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this.#ordered.values();
  }

  nextId(): number {
    return this.#nextId++;
  }

  insert(row: T): T {
    if (this.#byId.has(row.id)) throw new Error(`duplicate id ${row.id}`);
    const last = this.#ordered.at(-1);
    this.#byId.set(row.id, row);
    if (!last || last.id < row.id) {
      this.#ordered.push(row);
    } else {
      const at = this.#ordered.findIndex((r) => r.id > row.id);
      this.#ordered.splice(at, 0, row);
    }
    if (row.id >= this.#nextId) this.#nextId = row.id + 1;
    return row;
  }

  remove(id: number): boolean {
    if (!this.#byId.delete(id)) return false;
    const at = this.#ordered.findIndex((r) => r.id === id);
    if (at >= 0) this.#ordered.splice(at, 1);
    return true;
  }
}
