import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleEntity } from '../../src/model.js';
import { quotesOf, speakers } from './helpers.js';

describe('resolveSpeaker', () => {
  it('should strip titles from a named person', () => {
    assert.deepEqual(speakers('"We will rebuild," Regional Governor Paul Hendry said.'), [['We will rebuild', 'Paul Hendry']]);
  });

  it('should expand a surname to the fullest name in the article', () => {
    assert.deepEqual(speakers('Maria Lopez runs the port. "We are ready," Lopez said.'), [['We are ready', 'Maria Lopez']]);
  });

  it('should resolve he and she to the most recent person of that gender', () => {
    const text = 'Maria Lopez met Paul Hendry. "It went well," she said. "It did," he said.';
    assert.deepEqual(speakers(text).map(([, s]) => s), ['Maria Lopez', 'Paul Hendry']);
  });

  it('should give a bare surname shared by two people to the one named most recently', () => {
    const text = 'Anna Brook is the mayor. Her brother, engineer Tom Brook, runs the dam. "It held," Brook said.';
    assert.deepEqual(speakers(text), [['It held', 'Tom Brook']]);
  });

  it('should let a title pick between two people with the same surname', () => {
    const text = 'Mayor Anna Brook spoke first, then engineer Tom Brook. "We are safe," Mayor Brook said.';
    assert.deepEqual(speakers(text), [['We are safe', 'Anna Brook']]);
  });

  it('should keep an anonymous source as written', () => {
    const [q] = quotesOf('"It was on the list every year," a senior official at the agency said.');
    assert.equal(q.speaker.kind, 'anonymous');
    assert.equal(q.speaker.name, 'a senior official at the agency');
  });

  it('should keep two people familiar with the talks as written', () => {
    const [q] = quotesOf('The deal is "all but done," according to two people familiar with the talks.');
    assert.equal(q.speaker.kind, 'anonymous');
    assert.equal(q.speaker.name, 'two people familiar with the talks');
  });

  it('should name an organisation by the fullest name the article gives it', () => {
    const text = 'The Harbour Authority closed the port. "The release is the safest option," the authority said.';
    const [q] = quotesOf(text);
    assert.equal(q.speaker.kind, 'org');
    assert.equal(q.speaker.name, 'Harbour Authority');
  });

  it('should name an organisation speaking in a statement', () => {
    const [q] = quotesOf('"We will cooperate fully," the rebel group said in a statement.');
    assert.equal(q.speaker.kind, 'org');
    assert.equal(q.speaker.name, 'rebel group');
  });

  it('should map the speaker to an entity whose mention overlaps it, pronoun links included', () => {
    const text = 'Maria Lopez spoke. "We are ready," she said.';
    const she = text.indexOf('she');
    const entities: ArticleEntity[] = [{
      id: 'e1', name: 'Maria Lopez', type: 'person', aliases: ['Maria Lopez'], roles: [],
      mentions: [{ text: 'Maria Lopez', start: 0, end: 11, kind: 'name' }, { text: 'she', start: she, end: she + 3, kind: 'pronoun' }],
    }];
    const [q] = quotesOf(text, { entities });
    assert.deepEqual([q.speaker.name, q.speaker.entityId, q.speaker.kind], ['Maria Lopez', 'e1', 'person']);
  });

  it('should map a surname to the entity of that surname when no entity mention overlaps it', () => {
    const text = 'Maria Lopez spoke. "We are ready," Lopez said.';
    const entities: ArticleEntity[] = [{
      id: 'e1', name: 'Maria Lopez', type: 'person', aliases: ['Maria Lopez'], roles: [],
      mentions: [{ text: 'Maria Lopez', start: 0, end: 11, kind: 'name' }],
    }];
    const [q] = quotesOf(text, { entities });
    assert.deepEqual([q.speaker.name, q.speaker.entityId], ['Maria Lopez', 'e1']);
  });

  it('should call a quote with no attribution unknown', () => {
    const [q] = quotesOf('A banner hung over the door. "Closed until further notice, sorry for the trouble."');
    assert.equal(q.speaker.kind, 'unknown');
  });
});
