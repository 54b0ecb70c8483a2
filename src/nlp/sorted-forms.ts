/**
 * A read-only table of word forms, each with a small number, kept as one string of the forms in sorted order (each
 * ended by a NUL) and looked up by binary search. Built from a model file in a few milliseconds, where a Map of the
 * ~87,000 forms of wink's lexicon takes tens; a lookup costs a microsecond or two, and the tagger looks a form up only
 * the first time it meets it.
 */
export class SortedForms implements Iterable<[string, number]> {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly values: Uint16Array;

  /** `text`: the forms in UTF-16 code-unit order, each followed by `\0`; `values`: one per form. */
  constructor(text: string, values: Uint16Array) {
    const starts = new Int32Array(values.length + 1);
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      starts[i] = at;
      const end = text.indexOf('\0', at);
      if (end < 0) throw new Error(`Cannot read the word forms: expected ${values.length}, found ${i}.`);
      at = end + 1;
    }
    starts[values.length] = at;
    this.text = text;
    this.starts = starts;
    this.values = values;
  }

  get size(): number {
    return this.values.length;
  }

  get(form: string): number | undefined {
    let lo = 0;
    let hi = this.values.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compare(mid, form);
      if (order === 0) return this.values[mid];
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (let i = 0; i < this.values.length; i++) yield [this.text.slice(this.starts[i], this.starts[i + 1] - 1), this.values[i]];
  }

  /** The order of form `i` against `form`, code unit by code unit, as `<` on strings orders them. */
  private compare(i: number, form: string): number {
    const start = this.starts[i];
    const length = this.starts[i + 1] - 1 - start;
    const n = Math.min(length, form.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(start + k) - form.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - form.length;
  }
}
