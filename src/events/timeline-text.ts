import type { StoryEvent } from './event-input.js';
import type { Storyline } from './storyline.js';

/** Options of {@link timelineText}. */
export interface TimelineTextOptions {
  /** Article id → outlet, to count the outlets that reported each event. */
  outlets?: Map<string, string | null>;
  /** How many actors a line names (default 4). */
  actors?: number;
  /** Entity id → canonical name, to print actors by name. */
  names?: Map<string, string>;
}

/**
 * The storyline as text a person reads: one entry per event in date order, with its place, how many articles and
 * outlets reported it, its main actors, and the earlier event it follows on from.
 */
export function timelineText(storyline: Storyline, options: TimelineTextOptions = {}): string {
  const { events, links } = storyline;
  if (!events.length) return 'No events yet.\n';
  const follows = new Map(links.map((l) => [l.to, l]));
  const byId = new Map(events.map((e) => [e.id, e]));
  const dated = events.filter((e) => e.date).map((e) => e.date!);
  const span = dated.length ? `, ${dated[0]} to ${dated[dated.length - 1]}` : '';
  const lines = [`Storyline: ${events.length} event${events.length === 1 ? '' : 's'}${span}`, ''];
  for (const e of events) {
    lines.push(`${(e.date ?? 'undated').padEnd(10)}  ${e.title}`);
    lines.push(`            ${details(e, options)}`);
    const link = follows.get(e.id);
    const from = link ? byId.get(link.from) : undefined;
    if (link && from) lines.push(`            follows ${from.date ?? 'undated'} "${from.title}" (shared: ${link.shared.slice(0, 4).map((x) => options.names?.get(x) ?? x).join(', ')})`);
  }
  return lines.join('\n') + '\n';
}

function details(e: StoryEvent, options: TimelineTextOptions): string {
  const parts: string[] = [];
  if (e.place) parts.push(e.place);
  const n = e.articleIds.length;
  let reports = `${n} article${n === 1 ? '' : 's'}`;
  if (options.outlets) {
    const outlets = new Set(e.articleIds.map((id) => options.outlets!.get(id)).filter((o) => o));
    reports += `, ${outlets.size} outlet${outlets.size === 1 ? '' : 's'}`;
  }
  parts.push(reports);
  const actors = e.entityIds.filter((a) => a !== e.place).slice(0, options.actors ?? 4);
  if (actors.length) parts.push(actors.map((a) => options.names?.get(a) ?? a).join(', '));
  return parts.join(' · ');
}
