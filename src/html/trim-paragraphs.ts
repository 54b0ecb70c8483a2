import { findDate } from './date-parse.js';

/** Short paragraphs that are page furniture wherever they stand: ads, share prompts, newsletter and follow prompts. */
const FURNITURE =
  /^(advertisement|advertising|anzeige|publicité|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|scroll to continue.*|share( this( article| story| post)?)?( on \w+)?|share via .*|tweet|email|print|comments?|(\d+ )?comments?|leave a (comment|reply)|follow us( on .*)?|sign up( for| to) .*|sign in|log in|subscribe( now| today| to .*)?|breaking news|(click|tap) here .*|read more:?.*|see more:?.*|see also:?.*|don'?t miss:?|related( articles| stories| coverage)?:?.*|more on this( story)?:?|recommended( for you)?:?|watch:?|listen:?|photo:? .*|image:? .*|credit:? .*|getty images|ap photo.*|copyright ©?.*|© .*|all rights reserved\.?|tags?:.*|filed under:?.*|topics?:.*|we use cookies.*|loading\.*|skip to (main )?content)$/i;

/** Words of sharing widgets: a short paragraph made mostly of them is a share bar. */
const SHARE_WORDS = /^(share|shares|tweet|twitter|facebook|whatsapp|pinterest|pint|pin|linkedin|reddit|tumblr|telegram|messenger|instagram|youtube|email|e-mail|mail|print|copy|link|sms|baixar|download|flipboard|pocket|x|vk|ok)$/i;

/** Paragraphs that end the article: what follows them is notes, links and prompts. */
const TAIL_START =
  /^(related( articles| stories| coverage| content| posts)?|more from .*|read next|recommended|you (may|might) also like|most (read|popular)|comments|tags|sign up for .*newsletter.*|share this( article| story)?)[:.…!]*$/i;

/** Byline and dateline labels: "Published: 10:48, Tue, Nov 19, 2019", "Updated 11:21 pm", "By Jane Doe - 11/18/19". */
const DATE_LABEL = /^(\|?\s*)(published|updated|last updated|first published|posted|modified|by\b|publié|mis à jour|veröffentlicht|aktualisiert|publicado|atualizado)/i;

/** Credits that close a photo caption: "(Image: GETTY)", "Photo: Reuters". */
const CAPTION_CREDIT = /\((image|photo|picture|pic|credit|source|foto|bild)s?\s*:[^)]*\)\s*$|\b(getty images|ap photo|afp via getty images)\s*\)?\s*$/i;

/** The longest paragraph treated as furniture; past it, a paragraph is prose even if it starts like a prompt. */
const FURNITURE_MAX = 100;

/** True when a short paragraph is a share bar: most of its words name networks or sharing actions. */
function isShareBar(p: string): boolean {
  if (p.length > 80) return false;
  const words = p.split(/[\s|/·•]+/).filter(Boolean);
  if (words.length === 0) return false;
  return words.filter((w) => SHARE_WORDS.test(w)).length / words.length >= 0.6;
}

/** True when a short paragraph is a date or byline-with-date line rather than prose. */
function isDateLine(p: string): boolean {
  if (p.length > 90 || /[.!?]["”’]?$/.test(p)) return false;
  if (DATE_LABEL.test(p)) return findDate(p) !== undefined || /\d{1,2}:\d\d/.test(p) || p.length < 40;
  return findDate(p) !== undefined && p.split(/\s+/).length <= 10;
}

/** A paragraph that is a photo caption left in the text, recognised by its closing credit. */
export function isCaptionLine(p: string): boolean {
  return p.length <= 300 && CAPTION_CREDIT.test(p);
}

/**
 * Drop boilerplate paragraphs left after extraction: ads, share bars and prompts, date and byline lines, copyright
 * lines, captions recognised by their credit, the headline repeated, and everything after a closing heading such
 * as "Related articles". Keeps the paragraphs' order; captions found here are returned apart.
 */
export function trimParagraphs(paragraphs: string[], title?: string): { paragraphs: string[]; captions: string[] } {
  const out: string[] = [];
  const captions: string[] = [];
  const headline = title ? normalise(title) : undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const short = p.length <= FURNITURE_MAX;
    // A closing heading in the last third ends the article.
    if (short && TAIL_START.test(p) && i >= paragraphs.length * 0.66 && i > 0) break;
    if (short && (FURNITURE.test(p) || isShareBar(p) || isDateLine(p))) continue;
    if (headline && i < 5 && normalise(p) === headline) continue;
    if (isCaptionLine(p)) {
      captions.push(p);
      continue;
    }
    // The same paragraph twice in a row is a rendering artefact (mobile and desktop copies).
    if (out.length > 0 && out[out.length - 1] === p) continue;
    out.push(p);
  }
  return { paragraphs: out, captions };
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
