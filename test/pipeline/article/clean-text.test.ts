import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText, splitParagraphs } from '../../../src/pipeline/article/clean-text.js';
import { parseByline, parseCreditLine, isCaptionLine } from '../../../src/pipeline/article/credits.js';

const BODY = `By Jana Holm and Piet Aalders, Valley Times

Share this article
Facebook Twitter WhatsApp Email

The levee gave way before dawn, officials said.

Residents wade through the flooded square in Marlow on Wednesday. (Photo: Jana Holm/VNA)

"We had minutes, not hours," the mayor said.

See also: Ten things to pack when you evacuate
Advertisement
#FloodWatch #Marlow

Related news
Flood waters recede in the north
How the dam works

Jana Holm reported from Marlow; and Piet Aalders from Kessler Ford. Reporting was contributed by Ines Duarte.
Sign up for our newsletter
There are no comments
Add yours`;

describe('cleanText', () => {
  const cleaned = cleanText(BODY);

  it('should keep the article words with paragraph breaks', () => {
    assert.equal(cleaned.text, 'The levee gave way before dawn, officials said.\n\n"We had minutes, not hours," the mayor said.');
  });

  it('should take authors from the byline and contributors from the end line', () => {
    assert.deepEqual(cleaned.authors, ['Jana Holm', 'Piet Aalders']);
    assert.deepEqual(cleaned.contributors, ['Ines Duarte']);
  });

  it('should keep captions as metadata, not body', () => {
    assert.deepEqual(cleaned.captions, ['Residents wade through the flooded square in Marlow on Wednesday. (Photo: Jana Holm/VNA)']);
  });

  it('should record each removed line with its rule', () => {
    const rules = new Map(cleaned.removed.map((r) => [r.text, r.rule]));
    assert.equal(rules.get('Share this article'), 'share-widget');
    assert.equal(rules.get('#FloodWatch #Marlow'), 'hashtag-line');
    assert.equal(rules.get('How the dam works'), 'link-list');
    assert.equal(rules.get('There are no comments'), 'comment-prompt');
    assert.equal(rules.get('Sign up for our newsletter'), 'newsletter-prompt');
  });

  it('should not remove sentences that merely mention sharing or comments', () => {
    const text = 'Officials declined to comment on the report.\n\nFarmers will share the cost of the repairs, the minister said.';
    assert.equal(cleanText(text).text, text);
  });
});

describe('splitParagraphs', () => {
  it('should join hard-wrapped prose and split line-per-paragraph dumps', () => {
    assert.deepEqual(splitParagraphs('The river rose\nquickly overnight.\nCrews came.'), ['The river rose quickly overnight.', 'Crews came.']);
  });
});

describe('credits', () => {
  it('should parse bylines with an outlet', () => {
    assert.deepEqual(parseByline('By Pieter Lomax, Radio Orvane'), { names: ['Pieter Lomax'], outlet: 'Radio Orvane' });
    assert.deepEqual(parseByline('By Hanne Solberg, Political Correspondent'), { names: ['Hanne Solberg'] });
    assert.equal(parseByline('By the time the water arrived, the town was empty.'), undefined);
  });

  it('should parse wire-style credit lines', () => {
    assert.deepEqual(parseCreditLine('(Reporting by Ines Duarte; Editing by Tom Reyes)'), { reporters: ['Ines Duarte'], contributors: ['Tom Reyes'] });
    assert.equal(parseCreditLine('The report was written by engineers over three years and never published.'), undefined);
  });

  it('should tell captions from sentences', () => {
    assert.ok(isCaptionLine('Photo: Jana Holm / VNA'));
    assert.ok(!isCaptionLine('The photo showed the levee intact two days before.'));
  });
});
