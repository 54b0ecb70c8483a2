import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateMention, Figure, Sentence } from '../../src/model.js';
import { asOfFor } from '../../src/figures/as-of.js';
import { extractFigures } from '../../src/figures/extract-figures.js';
import { isIncrement } from '../../src/figures/increment.js';
import { findPlaces, placeFor } from '../../src/figures/place.js';
import { countedNoun } from '../../src/figures/subject.js';
import { figuresStage } from '../../src/pipeline/article/figures.js';

/** Sentences split at full stops (not after an honorific), paragraphs at blank lines: enough for test texts. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: start + lead, end: start + lead + body.length, paragraph });
  };
  const re = /(?<!\b(?:Dr|Mr|Mrs|Ms))\.(?=\s)|\n\s*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0] === '.') {
      push(m.index + 1);
      start = m.index + 1;
    } else {
      push(m.index);
      paragraph++;
      start = m.index + m[0].length;
    }
  }
  push(text.length);
  return out;
}

function figures(text: string, published: string | null = '2024-04-06', dates: DateMention[] = []): Figure[] {
  return extractFigures({ text, sentences: sentencesOf(text), published, dates });
}

function one(text: string): Figure {
  const found = figures(text);
  assert.equal(found.length, 1, `expected one figure in "${text}", found ${JSON.stringify(found.map((f) => f.text))}`);
  return found[0];
}

describe('extractFigures: metrics', () => {
  it('should read the metric from the governing verb before the count', () => {
    assert.equal(one('The levee broke, killing at least four people, officials said.').metric, 'killed');
  });

  it('should read the toll construction as killed', () => {
    const f = one('The death toll rose to 22 on Saturday.');
    assert.equal(f.metric, 'killed');
    assert.equal(f.subject, 'death toll');
  });

  it('should read the predicate after the count', () => {
    assert.equal(one('About 41,000 people have been displaced.').metric, 'displaced');
    assert.equal(one('Six people are still missing.').metric, 'missing');
    assert.equal(one('At least 118 were hurt in the blast.').metric, 'injured');
    assert.equal(one('Gunmen abducted 12 foreign hostages.').metric, 'hostages');
    assert.equal(one('Police detained 40 protesters.').metric, 'detained');
    assert.equal(one('The rebels freed 12 hostages on Monday.').metric, 'released');
  });

  it('should read a count of the homeless as displaced, and never take "2,000" for a year', () => {
    const [killed, homeless] = figures('Floods have killed 150 people and left 2,000 homeless, local authorities said.');
    assert.equal(killed.metric, 'killed');
    assert.equal(homeless.value, 2000);
    assert.equal(homeless.metric, 'displaced');
  });

  it('should read a partitive by the noun it counts ("Two of the hostages were freed")', () => {
    const [freed, held] = figures('Two of the hostages were freed on Monday, but 14 remain in captivity.');
    assert.equal(freed.metric, 'released');
    assert.equal(freed.subject, 'hostages');
    assert.equal(held.metric, 'hostages');
  });

  it('should read an evacuation order as evacuated', () => {
    assert.equal(one('The governor ordered 12,750 people out of the two towns.').metric, 'evacuated');
    assert.equal(one('The order covers 12,750 residents.').metric, 'evacuated');
  });

  it('should read counts of returned and sick people as other', () => {
    assert.equal(one('Clinics treated more than 200 people for stomach illness.').metric, 'other');
    assert.equal(one('About 31,000 of the people forced from their homes have returned.').metric, 'other');
  });

  it('should read a count whose noun is left out from the words after it', () => {
    const [dead, missing] = figures('The ministry said 26 people had died and nine were still missing.');
    assert.equal(dead.metric, 'killed');
    assert.equal(missing.metric, 'missing');
    assert.equal(missing.subject, null);
  });

  it('should give "the number" the metric of the figure before it', () => {
    const [, restated] = figures('The agency said more than 41,000 people had been displaced. The directorate put the number at 34,500.');
    assert.equal(restated.metric, 'displaced');
    assert.equal(restated.value, 34_500);
  });

  it('should read pledged and appealed money as aid with its currency', () => {
    const [pledged, appeal] = figures('Donors pledged 42 million crowns, short of the 65 million crowns that aid agencies asked for.');
    assert.equal(pledged.metric, 'aid');
    assert.equal(pledged.unit, 'crowns');
    assert.equal(appeal.value, 65_000_000);
  });

  it('should not count homes, businesses, meals, soldiers sent or people waiting', () => {
    assert.deepEqual(figures('About 9,000 homes and 140 businesses were flooded, and the kitchen served 3,100 meals.'), []);
    assert.deepEqual(figures('Two helicopters and 150 soldiers were sent. About forty people were waiting outside.'), []);
    assert.deepEqual(figures('Police said about 300 people had refused to leave.'), []);
    assert.deepEqual(figures('She fled with her two children.'), []);
  });

  it('should not count measures, durations, percentages or ages', () => {
    assert.deepEqual(figures('The river rose 35 centimetres in two hours; the lake was 98 percent full; one 81-year-old man is missing.').map((f) => f.text), ['one']);
  });
});

describe('extractFigures: fractions', () => {
  it('should resolve a fraction against the count it refers to', () => {
    const [whole, share] = figures('Of the 12,750 people ordered out, two-thirds of them were back by Saturday.');
    assert.equal(whole.value, 12_750);
    assert.equal(share.text, 'two-thirds of them');
    assert.equal(share.value, 8500);
    assert.equal(share.metric, 'other');
  });

  it('should drop a fraction with nothing to take a share of', () => {
    assert.deepEqual(figures('Two-thirds of them were back by Saturday.'), []);
  });
});

describe('extractFigures: offsets, ids and repeats', () => {
  it('should give exact offsets and ids in text order, and keep a repeated figure once', () => {
    const text = 'Eleven people were missing. Later, officials said eleven people were missing.';
    const found = figures(text);
    assert.equal(found.length, 1);
    assert.equal(found[0].id, 'f1');
    assert.equal(text.slice(found[0].start, found[0].end), found[0].text);
  });
});

describe('extractFigures: sources', () => {
  it('should take a trailing attribution as written', () => {
    assert.equal(one('At least four people died, the regional health ministry said.').source, 'the regional health ministry');
    assert.equal(one('More than 20 people were still missing, the ministry said, most of them near the levee.').source, 'the ministry');
  });

  it('should take the speaker of "X said (that)" before the count', () => {
    assert.equal(one('The regional health ministry said on Tuesday that 26 people had died.').source, 'The regional health ministry');
    assert.equal(one("The ministry's spokeswoman, Dr. Amara Selvik, said 13 people were still missing.").source, 'Dr. Amara Selvik');
  });

  it('should strip "according to"', () => {
    assert.equal(one('Nine people are still missing, according to a UN agency.').source, 'a UN agency');
  });

  it('should take an inverted attribution', () => {
    assert.equal(one('About 300 people were evacuated, said Regional Governor Ansel Dravik.').source, 'Regional Governor Ansel Dravik');
  });

  it('should carry an attribution to the next sentences of the paragraph, and not past it', () => {
    const text = 'The ministry said 22 people had died. Thirteen remain missing.\n\nEight people were injured.';
    const [, missing, injured] = figures(text);
    assert.equal(missing.source, 'The ministry');
    assert.equal(injured.source, null);
  });

  it('should resolve a pronoun to the last named source', () => {
    const text = 'Brask said the death toll had reached 31. Nearly 38,000 people remain out of their homes, she said.';
    assert.equal(figures(text)[1].source, 'Brask');
  });

  it('should not let a report reach past "but"', () => {
    const [needed, promised] = figures('Aid agencies said 65 million crowns was needed, but donors promised only 42 million crowns.');
    assert.equal(needed.source, 'Aid agencies');
    assert.equal(promised.source, null);
  });
});

describe('extractFigures: qualifiers and increments', () => {
  it('should give the normalised qualifier', () => {
    assert.equal(one('Almost 38,000 people still cannot return to their homes.').qualifier, 'nearly');
    assert.equal(one('Nearly 38,000 people are displaced.').metric, 'displaced');
  });

  it('should mark "eight more bodies" as an increment with its subject', () => {
    const [bodies, toll] = figures('Divers recovered eight more bodies, raising the death toll to 22.');
    assert.equal(bodies.increment, true);
    assert.equal(bodies.subject, 'bodies');
    assert.equal(bodies.metric, 'killed');
    assert.equal(toll.increment, false);
  });

  it('should read "another 12 bodies" as an increment when the sentence gives the toll it adds to', () => {
    const [bodies] = figures('Another 12 bodies were found on Friday, bringing the toll to 64.');
    assert.equal(bodies.increment, true);
  });
});

describe('isIncrement', () => {
  it('should read "more", "a further", "rose by" as increments', () => {
    const at = (text: string, n: string): boolean => isIncrement(text, text.indexOf(n), text.indexOf(n) + n.length, false);
    assert.equal(at('eight more bodies', 'eight'), true);
    assert.equal(at('a further 300 people', '300'), true);
    assert.equal(at('the toll rose by 5', '5'), true);
    assert.equal(at('more than 20 people', '20'), false);
  });

  it('should read "another" as an increment only after a count of the same measure', () => {
    const text = 'Another 118 people were injured';
    assert.equal(isIncrement(text, 8, 11, false), false);
    assert.equal(isIncrement(text, 8, 11, true), true);
  });
});

describe('countedNoun', () => {
  it('should read a people noun with its adjectives, a thing noun, or no noun', () => {
    assert.deepEqual(countedNoun('12 foreign hostages were', 2).subject, 'foreign hostages');
    assert.equal(countedNoun('9,000 homes were', 5).kind, 'thing');
    assert.equal(countedNoun('Seven remain missing', 5).kind, 'none');
    assert.equal(countedNoun('eight more bodies', 5).more, true);
  });
});

describe('placeFor', () => {
  it('should take the capitalised place after "in" nearest the count, not a destination', () => {
    const s = 'About 2,300 residents of Kessmoor Ford were taken to Brennick.';
    assert.equal(placeFor(findPlaces(s, 0), s, 6, 11), 'Kessmoor Ford');
  });

  it('should take a place entity when the entities stage gave one', () => {
    const s = 'Nine people died in the old town of Vell.';
    const entities = [{ id: 'e1', name: 'Vell', type: 'place' as const, aliases: ['Vell'], roles: [], mentions: [{ text: 'Vell', start: 36, end: 40, kind: 'name' as const }] }];
    assert.equal(placeFor(findPlaces(s, 0, entities), s, 0, 4), 'Vell');
  });

  it('should not take an organisation or a day for a place', () => {
    const s = 'Nine people died, according to the Ministry of Health on Monday.';
    assert.equal(placeFor(findPlaces(s, 0), s, 0, 4), null);
  });
});

describe('asOfFor', () => {
  const text = 'The ministry said on Saturday that 22 people had died.';
  const saturday: DateMention = { text: 'on Saturday', start: 18, end: 29, date: '2024-04-06', absolute: false };

  it('should default to the publication date', () => {
    assert.equal(asOfFor([], 0, text.length, 35, text, '2024-04-07'), '2024-04-07');
  });

  it('should take the day of the report in the sentence', () => {
    assert.equal(asOfFor([saturday], 0, text.length, 35, text, '2024-04-07'), '2024-04-06');
  });

  it('should give null for an undated article', () => {
    assert.equal(asOfFor([saturday], 0, text.length, 35, text, null), null);
  });

  it('should skip a start date and a day after publication', () => {
    const t = 'Since Monday 22 people have died.';
    const monday: DateMention = { text: 'Monday', start: 6, end: 12, date: '2024-04-01', absolute: false };
    assert.equal(asOfFor([monday], 0, t.length, 13, t, '2024-04-07'), '2024-04-07');
    assert.equal(asOfFor([{ ...saturday, date: '2024-04-13' }], 0, text.length, 35, text, '2024-04-07'), '2024-04-07');
  });
});

describe('figuresStage', () => {
  it('should write figures for an English article and none for a non-English one', () => {
    const text = 'Eleven people were missing, officials said.';
    const doc = { raw: { source: 't', format: 'text' as const }, article: { messages: [], text, sentences: sentencesOf(text), published: '2024-04-03', dates: [], nonEnglish: false } };
    figuresStage().run(doc);
    assert.equal((doc.article as { figures?: Figure[] }).figures?.length, 1);
    const french = { raw: { source: 'f', format: 'text' as const }, article: { messages: [], text, sentences: sentencesOf(text), nonEnglish: true } };
    figuresStage().run(french);
    assert.deepEqual((french.article as { figures?: Figure[] }).figures, []);
  });

  it('should name the missing key when sentences have not run', () => {
    const doc = { raw: { source: 't', format: 'text' as const }, article: { messages: [], text: 'x' } };
    assert.throws(() => figuresStage().run(doc), /sentences/);
  });
});
