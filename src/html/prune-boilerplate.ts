import { classAndId, removeAll } from './parse-dom.js';

/** Elements that never hold article text. */
const NEVER_TEXT = 'script:not([type="application/ld+json"]), style, noscript, template, iframe, svg, canvas, button, select, textarea, input';

/** Elements that are usually not the article but that some sites wrap around everything (ASP.NET forms, for one). */
const USUALLY_NOT_TEXT = 'form, nav, dialog';

/** Hidden elements: a reader never sees them. */
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], [style*="visibility:hidden"]';

/**
 * Class or id words of blocks around an article that are not the article: sharing tools, related and recommended
 * links, comments, newsletter and subscription prompts, advertising, author boxes, tags and breadcrumbs, the
 * standfirst (kept by metadata as the description) and the site's own notes to readers.
 */
const BOILERPLATE =
  /(^|[\s_-])(share|sharing|sharebar|share-?tools|social|social-?links|related|related-?(articles|posts|stories|content|links)|recommended|recommendations|more-?stories|read-?more|read-?next|up-?next|most-?(read|popular|viewed)|popular|trending|newsletter|newsletter-?signup|subscribe|subscription|signup|sign-up|comments?|comment-?(list|section|form)|disqus|respond|promo|promotion|advert|advertisement|ad-?(slot|unit|container|wrapper)|ads|outbrain|taboola|sponsored|breadcrumbs?|tags|tag-?list|topics-?list|author-?(bio|box|info)|byline-?social|print-?only|skip-?link|cookie|consent|gdpr|paywall|modal|popup|toolbar|pagination|pager|widget|standfirst|strapline|dek|sub-?headline|[a-z]+-note|site-?notice)([\s_-]|$)/;

/** Words that mark the article itself; a block carrying them is never pruned for a boilerplate word as well. */
const ARTICLE_WORDS = /(^|[\s_-])(article-?body|story-?body|post-?body|entry-?content|article-?content|post-?content|main-?content|body-?text|articlebody)([\s_-]|$)/;

/** Text length of an element, counting only text outside scripts and styles. */
function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

/**
 * Remove blocks that are not the article before the main-text extractor runs: scripts, forms, navigation, hidden
 * elements, and blocks whose class or id names share/related/comment/newsletter/advertising boilerplate. A block is
 * kept when it holds much of the page's paragraph text, so a page that names its article container oddly survives.
 */
export function pruneBoilerplate(document: Document): void {
  const body = document.body;
  if (!body) return;
  removeAll(body, NEVER_TEXT);
  const share = shareOf(body);
  const removeSmall = (selector: string): void => {
    try {
      for (const el of Array.from(body.querySelectorAll(selector))) if (el.isConnected && !share(el)) el.remove();
    } catch {
      // An unsupported selector removes nothing rather than failing the page.
    }
  };
  removeSmall(USUALLY_NOT_TEXT);
  removeSmall(HIDDEN);
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected) continue;
    const tag = el.tagName;
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN' || tag === 'P') continue;
    const names = classAndId(el);
    if (!BOILERPLATE.test(names) || ARTICLE_WORDS.test(names)) continue;
    if (!share(el)) el.remove();
  }
  // `aside` and `footer` inside the page hold pull quotes and notes as often as boilerplate; only small ones go.
  removeSmall('footer, aside');
}

/**
 * A test for "this element holds a large share of the page's text" (30% of its paragraph text or of all its text):
 * such a block is the article, or wraps it, whatever its class or tag says.
 */
function shareOf(body: Element): (el: Element) => boolean {
  const paragraphs = paragraphTextLength(body);
  const all = textLength(body);
  return (el) => {
    const p = paragraphTextLength(el);
    if (p > 0 && p >= paragraphs * 0.3) return true;
    return textLength(el) >= all * 0.3;
  };
}

/** Total text length of the `<p>` elements under an element (the usual carrier of article text). */
export function paragraphTextLength(root: Element): number {
  let n = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) n += (p.textContent ?? '').length;
  return n;
}
