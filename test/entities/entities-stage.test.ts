import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleDoc } from '../../src/model.js';
import { entitiesStage } from '../../src/pipeline/article/entities.js';
import { sentencesStage } from '../../src/pipeline/article/sentences.js';

function doc(text: string, nonEnglish = false): ArticleDoc {
  return { raw: { source: 'test', format: 'text', text }, article: { messages: [], text, nonEnglish } };
}

describe('entitiesStage', () => {
  it('should write the entities of the text after the sentences stage', () => {
    const d = doc('Mayor Ines Varro of Lindholm said the bridge was safe. Varro said she would reopen it.');
    sentencesStage().run(d);
    entitiesStage().run(d);
    const people = d.article.entities!.filter((e) => e.type === 'person');
    assert.deepEqual(people.map((e) => [e.id, e.name, e.roles]), [['e1', 'Ines Varro', ['mayor of Lindholm']]]);
  });

  it('should give a non-English article no entities', () => {
    const d = doc('Le maire Ines Varro a déclaré que le pont était sûr.', true);
    sentencesStage().run(d);
    entitiesStage().run(d);
    assert.deepEqual(d.article.entities, []);
  });

  it('should say which stage must run first when the tokens are missing', () => {
    assert.throws(() => entitiesStage().run(doc('Text.')), /sentencesStage\(\)/);
  });
});
