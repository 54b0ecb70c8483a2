import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Article, EntityType } from '../../src/model.js';
import { loadCorpusArticles, loadCorpusGold } from '../helpers/corpus-articles.js';

/** Precision, recall and F1 of a set of (article key, surface form) pairs against the gold pairs, with what differs. */
interface MentionScore {
  precision: number;
  recall: number;
  f1: number;
  misses: string[];
  extras: string[];
}

/**
 * Score the name mentions of one entity type. Gold: every surface form `gold.entities` lists for an article; predicted:
 * the surface forms of the type's mentions of kind `name` in that article, deduplicated. The gold counts the title as
 * well as the body, and the stage reads only the body, so a form written only in a title is a miss by design.
 */
function scoreMentions(articles: Map<string, Article>, goldEntities: any[], type: EntityType): MentionScore {
  const gold = new Set<string>();
  for (const e of goldEntities) {
    if (e.type !== type) continue;
    for (const [key, forms] of Object.entries(e.mentions as Record<string, string[]>)) for (const f of forms) gold.add(`${key} | ${f}`);
  }
  const predicted = new Set<string>();
  for (const [key, article] of articles) {
    if (article.nonEnglish) continue;
    for (const e of article.entities) {
      if (e.type !== type) continue;
      for (const m of e.mentions) if (m.kind === 'name') predicted.add(`${key} | ${m.text}`);
    }
  }
  const hits = [...predicted].filter((p) => gold.has(p)).length;
  const precision = predicted.size ? hits / predicted.size : 0;
  const recall = gold.size ? hits / gold.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, misses: [...gold].filter((g) => !predicted.has(g)), extras: [...predicted].filter((p) => !gold.has(p)) };
}

function line(label: string, s: MentionScore): string {
  return `${label} mentions: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
}

describe('entities against the sample corpus gold', () => {
  let articles: Map<string, Article>;
  const gold = loadCorpusGold();

  before(async () => {
    articles = await loadCorpusArticles();
  });

  it('should find person name mentions with F1 of at least 0.9', (t) => {
    const s = scoreMentions(articles, gold.entities, 'person');
    t.diagnostic(line('person', s));
    for (const m of s.misses) t.diagnostic(`missed: ${m}`);
    for (const m of s.extras) t.diagnostic(`extra: ${m}`);
    assert.ok(s.f1 >= 0.9, line('person', s));
  });

  it('should find organisation and place name mentions with F1 of at least 0.9', (t) => {
    for (const type of ['org', 'place'] as const) {
      const s = scoreMentions(articles, gold.entities, type);
      t.diagnostic(line(type, s));
      for (const m of s.misses) t.diagnostic(`${type} missed: ${m}`);
      for (const m of s.extras) t.diagnostic(`${type} extra: ${m}`);
      assert.ok(s.f1 >= 0.9, line(type, s));
    }
  });

  it('should not make an author an entity unless the body names that person', () => {
    for (const [key, article] of articles) {
      for (const author of article.authors) {
        if (article.text.includes(author)) continue;
        const named = article.entities.filter((e) => e.name === author || e.aliases.includes(author));
        assert.deepEqual(named.map((e) => e.id), [], `${key}: author ${author} became an entity`);
      }
    }
  });

  it('should keep the mayor and the engineer who share a surname apart, with a bare surname for the engineer', () => {
    const article = articles.get('html/national-ledger-2024-04-07-levee-questions.html')!;
    const people = article.entities.filter((e) => e.type === 'person');
    const forms = (name: string) => people.find((e) => e.name === name)?.mentions.filter((m) => m.kind === 'name').map((m) => m.text);
    assert.deepEqual(forms('Declan Halloran'), ['Declan Halloran', 'Halloran']);
    assert.deepEqual(forms('Ruth Halloran'), ['Ruth Halloran']);
  });

  it('should give every mention offsets that slice back to its words, and skip the non-English article', () => {
    for (const [key, article] of articles) {
      if (article.nonEnglish) assert.deepEqual(article.entities, [], key);
      for (const e of article.entities) for (const m of e.mentions) assert.equal(article.text.slice(m.start, m.end), m.text, `${key} ${e.id}`);
    }
  });
});
