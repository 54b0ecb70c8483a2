/**
 * A multi-class averaged perceptron over integer feature keys, for training the part-of-speech tagger. Weights are
 * kept per (feature, class) with the step of their last change, so averaging costs nothing per step (Collins 2002;
 * Honnibal's "A good part-of-speech tagger in about 200 lines of Python").
 */
export class AveragedPerceptron {
  readonly classes: number;
  private slots: Int32Array;
  private slotRows: Int32Array;
  private mask: number;
  private rowCount = 0;
  private weights: Float32Array;
  private totals: Float64Array;
  private stamps: Int32Array;
  /** Updates done so far: the clock of the averaging. */
  private step = 0;

  constructor(classes: number, initialRows = 1 << 16) {
    this.classes = classes;
    this.slots = new Int32Array(initialRows * 2);
    this.slotRows = new Int32Array(initialRows * 2);
    this.mask = this.slots.length - 1;
    this.weights = new Float32Array(initialRows * classes);
    this.totals = new Float64Array(initialRows * classes);
    this.stamps = new Int32Array(initialRows * classes);
  }

  get features(): number {
    return this.rowCount;
  }

  /** Add the current weights of the features to `scores` (features never updated weigh nothing). */
  score(keys: Int32Array, from: number, to: number, scores: Float64Array): void {
    scores.fill(0);
    const C = this.classes;
    for (let k = from; k < to; k++) {
      const row = this.find(keys[k]);
      if (row < 0) continue;
      const at = row * C;
      for (let c = 0; c < C; c++) scores[c] += this.weights[at + c];
    }
  }

  /** Reward the true class and punish the guess on every feature. Call once per training token, right or wrong. */
  update(keys: Int32Array, from: number, to: number, truth: number, guess: number): void {
    this.step++;
    if (truth === guess) return;
    for (let k = from; k < to; k++) {
      const row = this.findOrAdd(keys[k]);
      this.change(row * this.classes + truth, 1);
      this.change(row * this.classes + guess, -1);
    }
  }

  /** The averaged weights: the keys and their rows. */
  averaged(): { keys: Int32Array; weights: Float32Array } {
    const C = this.classes;
    const keys = new Int32Array(this.rowCount);
    for (let s = 0; s < this.slots.length; s++) if (this.slots[s] !== 0) keys[this.slotRows[s]] = this.slots[s];
    const weights = new Float32Array(this.rowCount * C);
    for (let i = 0; i < weights.length; i++) {
      const total = this.totals[i] + (this.step - this.stamps[i]) * this.weights[i];
      weights[i] = total / Math.max(1, this.step);
    }
    return { keys, weights };
  }

  private change(i: number, delta: number): void {
    this.totals[i] += (this.step - this.stamps[i]) * this.weights[i];
    this.stamps[i] = this.step;
    this.weights[i] += delta;
  }

  private find(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const k = this.slots[slot];
      if (k === key) return this.slotRows[slot];
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private findOrAdd(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const k = this.slots[slot];
      if (k === key) return this.slotRows[slot];
      if (k === 0) break;
      slot = (slot + 1) & this.mask;
    }
    if ((this.rowCount + 1) * 2 > this.slots.length) {
      this.rehash();
      return this.findOrAdd(key);
    }
    const row = this.rowCount++;
    this.slots[slot] = key;
    this.slotRows[slot] = row;
    const C = this.classes;
    if ((row + 1) * C > this.weights.length) {
      this.weights = grown(this.weights, this.weights.length * 2);
      this.totals = grown(this.totals, this.totals.length * 2);
      this.stamps = grown(this.stamps, this.stamps.length * 2);
    }
    // A new row starts at zero, changed "now".
    for (let c = 0; c < C; c++) this.stamps[row * C + c] = this.step;
    return row;
  }

  private rehash(): void {
    const oldSlots = this.slots;
    const oldRows = this.slotRows;
    this.slots = new Int32Array(oldSlots.length * 2);
    this.slotRows = new Int32Array(oldSlots.length * 2);
    this.mask = this.slots.length - 1;
    for (let s = 0; s < oldSlots.length; s++) {
      const key = oldSlots[s];
      if (key === 0) continue;
      let slot = key & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = key;
      this.slotRows[slot] = oldRows[s];
    }
  }
}

function grown<A extends Float32Array | Float64Array | Int32Array>(a: A, length: number): A {
  const b = new (a.constructor as new (n: number) => A)(length);
  b.set(a);
  return b;
}
