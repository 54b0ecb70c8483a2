import { Readability } from '@mozilla/readability';
import { blockText, type BlockText } from './block-text.js';
import { dropLinkBlocks } from './link-blocks.js';

/** What Readability found: the article element turned into paragraphs, and the title it settled on. */
export interface ReadabilityResult extends BlockText {
  title?: string;
  byline?: string;
}

/**
 * Run Mozilla Readability on a parsed document and turn the element it picks into paragraphs.
 * Readability changes the document it reads, so callers give it a document they no longer need.
 * Returns undefined when Readability finds nothing or fails on the markup.
 */
export function readabilityText(document: Document, options: { charThreshold?: number } = {}): ReadabilityResult | undefined {
  try {
    const reader = new Readability<Element>(document, {
      charThreshold: options.charThreshold ?? 500,
      // Hand back the element itself: turning it into HTML and parsing that again would double the work.
      serializer: (node: Node) => node as Element,
      // Metadata comes from our own reader of JSON-LD, which handles more shapes.
      disableJSONLD: true,
    });
    const parsed = reader.parse();
    if (!parsed || !parsed.content) return undefined;
    dropLinkBlocks(parsed.content);
    const { paragraphs, captions } = blockText(parsed.content);
    return {
      paragraphs,
      captions,
      title: parsed.title ?? undefined,
      byline: parsed.byline ?? undefined,
    };
  } catch {
    return undefined;
  }
}
