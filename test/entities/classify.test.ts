import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideType, shapeVotes } from '../../src/entities/classify.js';
import { entitiesOf, entityNamed } from './helpers.js';

describe('shapeVotes', () => {
  it('should make a name ending in an organisation head an organisation', () => {
    assert.equal(decideType(shapeVotes(['Northern', 'Water', 'Board']), 3), 'org');
    assert.equal(decideType(shapeVotes(['Coastal', 'Relief', 'Society']), 3), 'org');
  });

  it('should make a name with a place head or prefix a place', () => {
    assert.equal(decideType(shapeVotes(['Tamsin', 'River']), 2), 'place');
    assert.equal(decideType(shapeVotes(['Lake', 'Orla']), 2), 'place');
    assert.equal(decideType(shapeVotes(['Kenya']), 1), 'place');
  });

  it('should make a plural nationality a group', () => {
    assert.equal(decideType(shapeVotes(['Ukrainians']), 1), 'group');
  });
});

describe('classification in context', () => {
  const text = [
    'Firefighters from Dunmere reached the Kelso Dam on Sunday, the Regional Fire Service said.',
    '',
    '"We were lucky," said Petra Lund, who runs a shop in Dunmere. Lund, 61, stayed behind.',
    '',
    'The Fire Service said the villages of Carrow Bridge and Elm Hollow had been cleared.',
  ].join('\n');
  const entities = entitiesOf(text);

  it('should tell person, organisation and place apart', () => {
    assert.equal(entityNamed(entities, 'Petra Lund').type, 'person');
    assert.equal(entityNamed(entities, 'Regional Fire Service').type, 'org');
    assert.equal(entityNamed(entities, 'Dunmere').type, 'place');
    assert.equal(entityNamed(entities, 'Kelso Dam').type, 'place');
  });

  it('should give names in a list the type of the one that has evidence', () => {
    assert.equal(entityNamed(entities, 'Carrow Bridge').type, 'place');
    assert.equal(entityNamed(entities, 'Elm Hollow').type, 'place');
  });

  it('should type an all-caps dateline as a place and join it to the body\'s mentions', () => {
    const e = entitiesOf('DUNMERE — The water fell overnight in Dunmere, police said.');
    const place = entityNamed(e, 'Dunmere');
    assert.equal(place.type, 'place');
    assert.deepEqual(place.aliases, ['DUNMERE', 'Dunmere']);
  });
});

describe('group mentions', () => {
  it('should make plural nouns for groups of people one group entity each', () => {
    const e = entitiesOf('Residents of Halden were told to leave. Farmers stayed, and the residents who left went to Brekke.');
    const groups = e.filter((x) => x.type === 'group');
    assert.deepEqual(groups.map((g) => [g.name, g.mentions.map((m) => m.text)]), [['residents', ['Residents', 'residents']], ['farmers', ['Farmers']]]);
  });
});
