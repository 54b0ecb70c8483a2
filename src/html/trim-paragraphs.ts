/** Short paragraphs that are page furniture wherever they stand: ads, share prompts, newsletter and follow prompts. */
const FURNITURE =
  /^(advertisement|advertising|anzeige|publicité|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|scroll to continue.*|share( this( article| story| post)?)?( on \w+)?|share via .*|tweet|email|print|comments?|(\d+ )?comments?|leave a (comment|reply)|follow us( on .*)?|sign up( for| to) .*|subscribe( now| today| to .*)?|(click|tap) here .*|read more:?.*|see also:?.*|related( articles| stories| coverage)?:?.*|more on this( story)?:?|recommended( for you)?:?|watch:?|listen:?|photo:? .*|image:? .*|credit:? .*|getty images|ap photo.*|copyright ©?.*|© .*|all rights reserved\.?|tags?:.*|filed under:?.*|topics?:.*|this (article|story) (was|has been) (updated|corrected)\.?|we use cookies.*|loading\.*|skip to (main )?content)$/i;

/** Paragraphs that end the article: what follows them is notes, links and prompts. */
const TAIL_START = /^(related( articles| stories| coverage| content)?|more from .*|read next|recommended|you (may|might) also like|most (read|popular)|comments|sign up for .*newsletter.*|share this( article| story)?)[:.]?$/i;

/** The longest paragraph treated as furniture; past it, a paragraph is prose even if it starts like a prompt. */
const FURNITURE_MAX = 100;

/**
 * Drop boilerplate paragraphs left after extraction: ads, share and follow prompts, copyright lines, and everything
 * after a heading such as "Related articles" that closes the article. Keeps the paragraphs' order.
 */
export function trimParagraphs(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const short = p.length <= FURNITURE_MAX;
    // A closing heading in the last third ends the article.
    if (short && TAIL_START.test(p) && i >= paragraphs.length * 0.66 && i > 0) break;
    if (short && FURNITURE.test(p)) continue;
    out.push(p);
  }
  return dropRepeats(out);
}

/** Drop exact repeats of a paragraph (pull quotes, duplicated summaries), keeping the first. */
function dropRepeats(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of paragraphs) {
    const key = p.toLowerCase();
    if (p.length > 30 && seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
