/** A group `linkClusters` starts from: how many articles it holds and what the caller keeps of it. */
export interface Seed<T> {
  size: number;
  data: T;
}

/** How `linkClusters` joins groups. */
export interface LinkOptions<T> {
  /** How many neighbour links each article has at most: it bounds the links two groups can share. */
  neighbours: number;
  /** Share of the possible links two groups must have to join (strictly more than this). */
  minShare: number;
  /** Whether two groups may join at all (their dates, say); a pair refused now is tried again when either grows. */
  mayJoin(a: T, b: T): boolean;
  /** What is kept of two joined groups. */
  combine(a: T, b: T): T;
}

/** The links between two groups: how many, and their strengths summed. */
interface Tie {
  n: number;
  strength: number;
}

interface Group<T> {
  size: number;
  data: T;
  links: Map<number, Tie>;
  version: number;
  alive: boolean;
}

/**
 * Agglomerate groups linked by nearest-neighbour links, the most densely linked pair first, until no pair shares more
 * than `minShare` of the links it could have. Each article links to at most `neighbours` others, so two groups of
 * sizes a and b can have at most a·min(b, k) + min(a, k)·b directed links between them; the share is the links they
 * have over that. For groups no larger than k it is average linkage on the neighbour graph; for larger ones it does
 * not shrink with their size, so a long-running event can still take in a new report.
 *
 * Links are directed pairs of seed indexes with a strength (a link x → y: y is one of x's nearest neighbours, by
 * how much). Of two pairs with the same share, the one whose links are stronger on average joins first (two small
 * groups often share all the links they could); then the lower indexes. The result is the index of each seed's final
 * group (the lowest seed index in it); it depends on the seeds and links, not on the order the links are listed in.
 */
export function linkClusters<T>(seeds: Array<Seed<T>>, links: Array<[number, number, number]>, options: LinkOptions<T>): number[] {
  const groups: Array<Group<T>> = seeds.map((s) => ({ size: s.size, data: s.data, links: new Map(), version: 0, alive: true }));
  const tie = (g: Group<T>, other: number) => g.links.get(other) ?? g.links.set(other, { n: 0, strength: 0 }).get(other)!;
  for (const [x, y, strength] of links) {
    if (x === y) continue;
    for (const [a, b] of [[x, y], [y, x]]) {
      const t = tie(groups[a], b);
      t.n++;
      t.strength += strength;
    }
  }
  const k = options.neighbours;
  const share = (a: Group<T>, b: Group<T>, n: number) => n / (a.size * Math.min(b.size, k) + Math.min(a.size, k) * b.size);
  const heap = new PairHeap();
  const push = (a: number, b: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const t = groups[x].links.get(y)!;
    heap.push({ share: share(groups[x], groups[y], t.n), strength: t.strength / t.n, a: x, b: y, va: groups[x].version, vb: groups[y].version });
  };
  groups.forEach((g, a) => g.links.forEach((_, b) => a < b && push(a, b)));
  const root = seeds.map((_, i) => i);
  for (let top = heap.pop(); top && top.share > options.minShare; top = heap.pop()) {
    const a = groups[top.a];
    const b = groups[top.b];
    if (!a.alive || !b.alive || a.version !== top.va || b.version !== top.vb) continue;
    if (!options.mayJoin(a.data, b.data)) continue;
    // The lower index takes in the higher: b's links become a's.
    a.size += b.size;
    a.data = options.combine(a.data, b.data);
    a.version++;
    b.alive = false;
    root[top.b] = top.a;
    a.links.delete(top.b);
    for (const [c, t] of b.links) {
      if (c === top.a) continue;
      const mine = tie(a, c);
      mine.n += t.n;
      mine.strength += t.strength;
      groups[c].links.delete(top.b);
      groups[c].links.set(top.a, mine);
    }
    b.links.clear();
    for (const c of a.links.keys()) push(top.a, c);
  }
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i])));
  return seeds.map((_, i) => find(i));
}

interface PairEntry {
  share: number;
  strength: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** A binary max-heap of group pairs by share, then mean link strength; then the lower indexes. */
class PairHeap {
  private readonly items: PairEntry[] = [];

  push(e: PairEntry): void {
    const items = this.items;
    items.push(e);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): PairEntry | undefined {
    const items = this.items;
    if (!items.length) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && before(items[l], items[best])) best = l;
        if (r < items.length && before(items[r], items[best])) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }
}

function before(x: PairEntry, y: PairEntry): boolean {
  if (x.share !== y.share) return x.share > y.share;
  if (x.strength !== y.strength) return x.strength > y.strength;
  return x.a < y.a || (x.a === y.a && x.b < y.b);
}
