import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entitiesOf, entityNamed } from './helpers.js';

const forms = (e: { mentions: Array<{ kind: string; text: string }> }, kind: string): string[] => e.mentions.filter((m) => m.kind === kind).map((m) => m.text);

describe('linkMentions', () => {
  const twoSurnames = [
    'Mayor Clara Quist of Bramford said the school would close.',
    '',
    'The water board\'s chief engineer, Oliver Quist, who is not related to the mayor, said the pumps were working. Quist said more rain was due.',
    '',
    'Mayor Quist later visited the shelter.',
  ].join('\n');
  const entities = entitiesOf(twoSurnames);

  it('should keep two people with the same surname apart', () => {
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
    assert.deepEqual(people, ['Clara Quist', 'Oliver Quist']);
  });

  it('should give a bare surname to the person of that surname mentioned last', () => {
    assert.deepEqual(forms(entityNamed(entities, 'Oliver Quist'), 'name'), ['Oliver Quist', 'Quist']);
  });

  it('should give a title-qualified surname to the person with that role', () => {
    assert.deepEqual(forms(entityNamed(entities, 'Clara Quist'), 'name'), ['Clara Quist', 'Quist']);
  });

  it('should use the gender an honorific gives to choose between namesakes', () => {
    const e = entitiesOf('Anna Moen said she would stay. Erik Moen said he would go. Ms. Moen said the fields were lost.');
    assert.deepEqual(forms(entityNamed(e, 'Anna Moen'), 'name'), ['Anna Moen', 'Ms. Moen']);
    assert.deepEqual(forms(entityNamed(e, 'Erik Moen'), 'name'), ['Erik Moen']);
  });

  it('should link a pronoun to the most recent person of a compatible gender', () => {
    const e = entitiesOf('Mr. Henrik Sand met Dr. Maja Lind. She said the clinic was full, and he agreed.');
    assert.deepEqual(forms(entityNamed(e, 'Maja Lind'), 'pronoun'), ['She']);
    assert.deepEqual(forms(entityNamed(e, 'Henrik Sand'), 'pronoun'), ['he']);
  });

  it('should link a title alone to the person who holds it', () => {
    const e = entitiesOf('Finance Minister Sara Dahl spoke first. Later the minister left for the capital.');
    assert.deepEqual(forms(entityNamed(e, 'Sara Dahl'), 'title'), ['the minister']);
  });

  it('should link a lower-case name of a body and its acronym to the body', () => {
    const e = entitiesOf('The Northern Water Authority (NWA) said the dam held. The water authority said more rain was due, and the NWA agreed.');
    const body = entityNamed(e, 'Northern Water Authority');
    assert.deepEqual(body.aliases, ['Northern Water Authority', 'NWA', 'water authority']);
  });

  it('should number entities in order of first mention with exact offsets', () => {
    assert.deepEqual(entities.map((e) => e.id), entities.map((_e, i) => `e${i + 1}`));
    for (const e of entities) for (const m of e.mentions) assert.equal(twoSurnames.slice(m.start, m.end), m.text);
  });
});
