import type { Store } from '../../store/store.js';

/**
 * Give outlets their names. Articles often name their outlet only by URL host ("radioorvane.example") or wire tag
 * ("MNA") while others in the corpus carry the full name ("Radio Orvane", from a site name, masthead or byline).
 * A host whose words spell a known name, or a tag that is a known name's initials, takes that name.
 */
export function outletNames(outlets: string[]): Map<string, string> {
  const names = outlets.filter(isName);
  const renames = new Map<string, string>();
  for (const outlet of outlets) {
    if (isName(outlet)) continue;
    const name = isHost(outlet) ? nameForHost(outlet, names) : nameForAcronym(outlet, names);
    if (name) renames.set(outlet, name);
  }
  return renames;
}

/** An outlet as a feed or page titles it often carries a section: "Brennick Herald – Valley" is the Brennick Herald. */
export function stripSection(outlet: string): string {
  const m = /^(.{3,}?)\s+[–—|:]\s+.+$|^(.{3,}?)\s+-\s+.+$/.exec(outlet.trim());
  // "Radio Orvane Newsroom", "Valley Times Staff": the desk of an outlet is the outlet.
  return (m?.[1] ?? m?.[2] ?? outlet).trim().replace(/\s+(newsroom|news desk|desk|staff|team|editors|web desk)$/i, '');
}

function isHost(value: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value);
}

function isAcronym(value: string): boolean {
  return /^[A-Z][A-Z0-9&.]{1,7}$/.test(value);
}

function isName(value: string): boolean {
  return !isHost(value) && !isAcronym(value);
}

function squash(value: string): string {
  return value.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "www.radioorvane.example" → "radioorvane": the host's words without the public suffix. */
function hostKey(host: string): string {
  const labels = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  const core = labels.length > 2 && /^(co|com|org|net|gov|ac)$/.test(labels[labels.length - 2]) ? labels.slice(0, -2) : labels.slice(0, -1);
  return core.filter((l) => !/^(www\d?|m|news|edition|en)$/.test(l) || core.length === 1).join('').replace(/[^a-z0-9]/g, '');
}

function nameForHost(host: string, names: string[]): string | undefined {
  const key = hostKey(host);
  if (key.length < 4) return undefined;
  const exact = names.find((n) => squash(n) === key);
  if (exact) return exact;
  // "meridiannews" for "Meridian News Agency": the host spells the name's opening words.
  const prefixed = names.filter((n) => key.length >= 6 && squash(n).startsWith(key));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

function nameForAcronym(acronym: string, names: string[]): string | undefined {
  const letters = acronym.replace(/[^A-Z0-9]/g, '');
  const matches = names.filter((n) => initials(n) === letters);
  return matches.length === 1 ? matches[0] : undefined;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(The|Of|And|For)$/.test(w))
    .map((w) => w[0])
    .join('');
}

/** Apply outlet naming to the store. Returns the renames made. */
export async function nameOutlets(store: Store): Promise<Map<string, string>> {
  const renames = outletNames(await store.listOutletNames());
  if (renames.size) await store.renameOutlets(renames);
  return renames;
}
