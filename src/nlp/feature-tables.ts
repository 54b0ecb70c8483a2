/**
 * The tagger's lookup tables: open addressing with linear probing over 32-bit feature keys (0 marks an empty slot;
 * feature keys are never 0), sized to stay at most half full.
 */

/** An open-addressing table from feature key to row: key and row side by side (key 0 = empty), a power of two long. */
export interface KeyTable {
  slots: Int32Array;
  mask: number;
}

/** The table of the features `keep` accepts. */
export function keyTable(keys: Int32Array, keep: (f: number) => boolean): KeyTable {
  let n = 0;
  for (let f = 0; f < keys.length; f++) if (keep(f)) n++;
  let size = 16;
  while (size < n * 2) size *= 2;
  const table: KeyTable = { slots: new Int32Array(size * 2), mask: size - 1 };
  for (let f = 0; f < keys.length; f++) {
    if (!keep(f)) continue;
    let slot = keys[f] & table.mask;
    while (table.slots[2 * slot] !== 0) slot = (slot + 1) & table.mask;
    table.slots[2 * slot] = keys[f];
    table.slots[2 * slot + 1] = f;
  }
  return table;
}

/** The row of `key`, or -1 when the table does not hold it. */
export function lookup(table: KeyTable, key: number): number {
  const { slots, mask } = table;
  let slot = key & mask;
  for (;;) {
    const k = slots[2 * slot];
    if (k === key) return slots[2 * slot + 1];
    if (k === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/**
 * The features looked up per token, kept compact: an open-addressing table of key and (first entry << 5 | entries),
 * and the entries, each a class and its weight side by side; zero weights are left out.
 */
export interface PairTable {
  slots: Int32Array;
  mask: number;
  entries: Float32Array;
}

/** The pair table of the features `keep` accepts, from `keys` and their rows of `C` weights. */
export function pairTable(keys: Int32Array, weights: Float32Array, C: number, keep: (f: number) => boolean): PairTable {
  if (C > 31) throw new Error(`Cannot build the tagger's pair table for ${C} tags: it holds at most 31.`);
  const rows: number[] = [];
  let entries = 0;
  for (let f = 0; f < keys.length; f++) {
    if (!keep(f)) continue;
    rows.push(f);
    for (let c = 0; c < C; c++) if (weights[f * C + c] !== 0) entries++;
  }
  let size = 16;
  while (size < rows.length * 2) size *= 2;
  const table: PairTable = { slots: new Int32Array(size * 2), mask: size - 1, entries: new Float32Array(entries * 2) };
  let e = 0;
  for (const f of rows) {
    const first = e;
    for (let c = 0; c < C; c++) {
      const w = weights[f * C + c];
      if (w === 0) continue;
      table.entries[2 * e] = c;
      table.entries[2 * e + 1] = w;
      e++;
    }
    let slot = keys[f] & table.mask;
    while (table.slots[2 * slot] !== 0) slot = (slot + 1) & table.mask;
    table.slots[2 * slot] = keys[f];
    table.slots[2 * slot + 1] = (first << 5) | (e - first);
  }
  return table;
}
