import { createHash } from 'node:crypto';
import type { ArticleEntityRecord, Entity, EntityType } from '../model.js';
import { acronymOf, compatibleFirst, closeSpelling, fold, nameKey, nameLength, parsePersonName, placeKeys, roleWords, type PersonName } from './names.js';

/** How many candidate entities one record is compared with at most: blocks on very common names stay cheap. */
const MAX_CANDIDATES = 200;

interface Cluster {
  entity: Entity;
  changed: boolean;
  /** A person's aliases parsed, in alias order (parsed once: a record is compared with up to 200 clusters). */
  names: Array<PersonName | null>;
  /** The words of its roles, or null until asked after a change of roles. */
  roleWords: Set<string> | null;
  /** Its roles folded, to add a record's roles without comparing each pair again. */
  foldedRoles: Set<string>;
}

function cluster(entity: Entity, changed: boolean): Cluster {
  return { entity, changed, names: [], roleWords: null, foldedRoles: new Set(entity.roles.map(fold)) };
}

/** What resolution decided: the entities created or changed, and each resolved article entity's corpus entity. */
export interface Resolution {
  entities: Entity[];
  links: Map<string, string>;
}

/**
 * Merge article entities into corpus entities, incrementally: `existing` are the corpus entities so far, `records`
 * the article entities not yet resolved. People merge on the same full name; on a first name that is an initial of
 * the other; on one garbled name part ("Teodor"/"Teodora", "Marsch"/"Marsh") only when their roles share a word;
 * a bare surname joins the one person of that surname, or the one whose role it shares, and otherwise stays apart.
 * Organisations, places and groups merge on a shared name form or an acronym of the other's name.
 */
export function resolveEntities(existing: Entity[], records: ArticleEntityRecord[]): Resolution {
  return new EntityResolver(existing).add(records);
}

/**
 * Entity resolution kept up to date over several batches of article entities: the clusters and their name indexes
 * are built once from the corpus entities, then each `add` resolves a batch against everything resolved so far.
 */
export class EntityResolver {
  private readonly clusters = new Map<string, Cluster>();
  private readonly byPersonPart = new Map<string, Set<string>>();
  private readonly byName = new Map<string, Set<string>>();
  /** Per cluster, the aliases already in the name indexes: a cluster absorbing a record indexes only its new ones. */
  private readonly indexed = new Map<string, Set<string>>();

  constructor(existing: Entity[] = []) {
    for (const entity of existing) {
      const c = cluster({ ...entity, aliasCounts: { ...entity.aliasCounts }, roles: [...entity.roles] }, false);
      this.clusters.set(entity.id, c);
      this.indexCluster(c);
    }
  }

  /** Resolve a batch; returns the entities the batch created or changed and the batch's links. */
  add(records: ArticleEntityRecord[]): Resolution {
    for (const c of this.clusters.values()) c.changed = false;
    const links = new Map<string, string>();
    for (const record of records) {
      const id = record.type === 'person' ? matchPerson(record, this.clusters, this.byPersonPart) : matchName(record, this.clusters, this.byName);
      let cluster = id ? this.clusters.get(id)! : undefined;
      if (!cluster) {
        cluster = newCluster(record, this.clusters);
        this.clusters.set(cluster.entity.id, cluster);
      }
      absorb(cluster, record);
      this.indexCluster(cluster);
      links.set(record.id, cluster.entity.id);
    }
    return { entities: [...this.clusters.values()].filter((c) => c.changed).map((c) => c.entity), links };
  }

  private indexCluster(c: Cluster): void {
    const e = c.entity;
    const done = this.indexed.get(e.id) ?? this.indexed.set(e.id, new Set()).get(e.id)!;
    for (const alias of e.aliases) {
      if (done.has(alias)) continue;
      done.add(alias);
      if (e.type === 'person') {
        const p = parsePersonName(alias);
        c.names.push(p);
        if (!p) continue;
        addTo(this.byPersonPart, 'last:' + p.last, e.id);
        if (p.first) addTo(this.byPersonPart, 'first:' + p.first, e.id);
      } else {
        for (const key of e.type === 'place' ? placeKeys(alias) : [nameKey(alias)]) addTo(this.byName, key, e.id);
        const acronym = acronymOf(alias);
        if (acronym) addTo(this.byName, acronym, e.id);
      }
    }
  }
}

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(id);
}

function matchPerson(record: ArticleEntityRecord, clusters: Map<string, Cluster>, index: Map<string, Set<string>>): string | null {
  const names = record.aliases.map(parsePersonName).filter((p) => p !== null);
  const full = names.filter((p) => p.first).sort((a, b) => b.tokens.length - a.tokens.length)[0];
  const own = full ?? names[0];
  if (!own) return null;
  const candidates = new Set<string>();
  for (const key of ['last:' + own.last, own.first ? 'first:' + own.first : '']) {
    for (const id of index.get(key) ?? []) if (candidates.size < MAX_CANDIDATES) candidates.add(id);
  }
  const roles = roleWords(record.roles);
  const sharesRole = (c: Cluster) => {
    if (!c.entity.roles.length) return false;
    c.roleWords ??= roleWords(c.entity.roles);
    for (const w of c.roleWords) if (roles.has(w)) return true;
    return false;
  };
  const strong: string[] = [];
  const garbled: string[] = [];
  const surname: string[] = [];
  for (const id of candidates) {
    const c = clusters.get(id)!;
    if (c.entity.type !== 'person') continue;
    let best: 'strong' | 'garbled' | 'surname' | null = null;
    let conflict = false;
    for (const p of c.names) {
      if (!p) continue;
      const first = compatibleFirst(own.first, p.first);
      const lastSame = p.last === own.last;
      if (lastSame && first === 'same') best = 'strong';
      else if (lastSame && first === 'no') conflict = true;
      else if (best !== 'strong' && ((lastSame && first === 'close') || (first === 'same' && closeSpelling(p.last, own.last)))) best = 'garbled';
      else if (!best && lastSame && first === 'unknown') best = 'surname';
    }
    if (best === 'strong') strong.push(id);
    else if (conflict) continue;
    else if (best === 'garbled' && sharesRole(c)) garbled.push(id);
    // A full name meets a cluster known only by its surname: the same person only if a role says so.
    else if (best === 'surname' && (own.first === null || sharesRole(c))) surname.push(id);
  }
  if (strong.length) return strong[0];
  if (garbled.length === 1) return garbled[0];
  if (surname.length === 1) return surname[0];
  const byRole = surname.filter((id) => sharesRole(clusters.get(id)!));
  return byRole.length === 1 ? byRole[0] : null;
}

function matchName(record: ArticleEntityRecord, clusters: Map<string, Cluster>, index: Map<string, Set<string>>): string | null {
  const keys = new Set<string>();
  for (const alias of record.aliases) {
    for (const key of record.type === 'place' ? placeKeys(alias) : [nameKey(alias)]) keys.add(key);
    const acronym = acronymOf(alias);
    if (acronym) keys.add(acronym);
  }
  for (const key of keys) {
    for (const id of index.get(key) ?? []) {
      const e = clusters.get(id)!.entity;
      // Places and organisations are often mistaken for one another; people and groups are not merged with them.
      if (e.type === record.type || (isOrgOrPlace(e.type) && isOrgOrPlace(record.type))) return id;
    }
  }
  return null;
}

function isOrgOrPlace(type: EntityType): boolean {
  return type === 'org' || type === 'place';
}

function newCluster(record: ArticleEntityRecord, clusters: Map<string, Cluster>): Cluster {
  const base = 'E' + createHash('sha1').update(record.type + ':' + fold(record.name)).digest('hex').slice(0, 12);
  let id = base;
  for (let n = 2; clusters.has(id); n++) id = `${base}-${n}`;
  return cluster({ id, name: record.name, type: record.type, aliases: [], aliasCounts: {}, roles: [], articleIds: [] }, true);
}

function absorb(cluster: Cluster, record: ArticleEntityRecord): void {
  const e = cluster.entity;
  for (const alias of record.aliases) e.aliasCounts[alias] = (e.aliasCounts[alias] ?? 0) + 1;
  e.aliases = Object.keys(e.aliasCounts);
  for (const role of record.roles) {
    const folded = fold(role);
    if (cluster.foldedRoles.has(folded)) continue;
    cluster.foldedRoles.add(folded);
    e.roles.push(role);
    cluster.roleWords = null;
  }
  e.name = canonicalName(e);
  cluster.changed = true;
}

/** The fullest well-attested form: most name words, then most uses, then first seen; honorifics dropped. */
export function canonicalName(e: Pick<Entity, 'aliasCounts' | 'type'>): string {
  let best = '';
  let bestLength = -1;
  let bestCount = -1;
  for (const [alias, count] of Object.entries(e.aliasCounts)) {
    const length = e.type === 'person' ? nameLength(alias) : alias.split(/\s+/).length;
    if (length > bestLength || (length === bestLength && count > bestCount)) {
      best = alias;
      bestLength = length;
      bestCount = count;
    }
  }
  return e.type === 'person' ? best.replace(/^((Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\.?\s+)+/, '') : best;
}
