import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleEntityRecord, EntityType } from '../../src/model.js';
import { resolveEntities } from '../../src/resolution/resolve-entities.js';
import { closeSpelling, parsePersonName, placeKeys } from '../../src/resolution/names.js';

let n = 0;
function record(name: string, type: EntityType, roles: string[] = [], aliases: string[] = [name]): ArticleEntityRecord {
  n++;
  return { id: `a${n}:e1`, articleId: `a${n}`, entityId: null, name, type, aliases, roles, mentions: [] };
}

/** Resolve records in one batch and give, per record, the canonical name of its corpus entity. */
function names(records: ArticleEntityRecord[]): string[] {
  const { entities, links } = resolveEntities([], records);
  const byId = new Map(entities.map((e) => [e.id, e]));
  return records.map((r) => byId.get(links.get(r.id)!)!.name);
}

describe('resolveEntities', () => {
  it('should merge full name, honorific and initial forms of one person', () => {
    const out = names([record('Ana R. Delgado', 'person', ['interior minister']), record('Ana Delgado', 'person'), record('Ms. Delgado', 'person', [], ['Ms. Delgado', 'Delgado'])]);
    assert.deepEqual(out, ['Ana R. Delgado', 'Ana R. Delgado', 'Ana R. Delgado']);
  });

  it('should merge a garbled first name when the roles agree, and name the entity by the better-attested form', () => {
    const out = names([
      record('Maria Lindqvist', 'person', ['interior minister']),
      record('Maria Lindqvist', 'person', ['minister']),
      record('Mario Lindqvist', 'person', ['Interior Minister']),
    ]);
    assert.deepEqual(out, ['Maria Lindqvist', 'Maria Lindqvist', 'Maria Lindqvist']);
  });

  it('should not merge a close spelling without a shared role', () => {
    const { entities } = resolveEntities([], [record('Maria Lindqvist', 'person', ['interior minister']), record('Mario Lindqvist', 'person', ['footballer'])]);
    assert.equal(entities.length, 2);
  });

  it('should never merge two people who share a surname but not a first name', () => {
    const { entities } = resolveEntities([], [
      record('Ruth Halloran', 'person', ['mayor']),
      record('Declan Halloran', 'person', ['chief engineer'], ['Declan Halloran', 'Halloran']),
      record('Ruth Halloran', 'person', ['mayor']),
    ]);
    assert.equal(entities.length, 2);
  });

  it('should leave a bare surname apart when two people carry it and no role tells them apart', () => {
    const { entities, links } = resolveEntities([], [record('Ruth Halloran', 'person'), record('Declan Halloran', 'person'), record('Halloran', 'person')]);
    assert.equal(entities.length, 3);
    assert.equal(new Set(links.values()).size, 3);
  });

  it('should give a bare surname to the person whose role it shares', () => {
    const out = names([record('Ruth Halloran', 'person', ['mayor']), record('Declan Halloran', 'person', ['engineer']), record('Halloran', 'person', ['chief engineer'])]);
    assert.equal(out[2], 'Declan Halloran');
  });

  it('should merge an organisation with its acronym and across org/place mistakes', () => {
    const out = names([record('Inter-Agency Humanitarian Office', 'org'), record('IAHO', 'org'), record('the Inter-Agency Humanitarian Office', 'org')]);
    assert.deepEqual(new Set(out).size, 1);
    const places = resolveEntities([], [record('Kessmoor', 'place'), record('Kessmoor', 'org')]);
    assert.equal(places.entities.length, 1);
  });

  it('should merge a river named with and without the word, and a valley with its basin, but not a river with its valley', () => {
    const { entities } = resolveEntities([], [record('Orvane River', 'place'), record('Orvane', 'place'), record('River Orvane', 'place'), record('Orvane valley', 'place'), record('Orvane basin', 'place')]);
    assert.deepEqual(entities.map((e) => e.aliases.length).sort(), [2, 3]);
    assert.deepEqual(placeKeys('the River Thames'), ['river thames', 'thames']);
  });

  it('should resolve incrementally against entities already stored', () => {
    const first = resolveEntities([], [record('Ansel Dravik', 'person', ['governor'])]);
    const stored = first.entities.map((e) => ({ ...e }));
    const second = resolveEntities(stored, [record('Dravik', 'person', ['regional governor'])]);
    assert.equal([...second.links.values()][0], stored[0].id);
    assert.deepEqual(second.entities[0].aliases, ['Ansel Dravik', 'Dravik']);
  });
});

describe('person names', () => {
  it('should drop honorifics and dots', () => {
    assert.deepEqual(parsePersonName('Dr. Ana R. Delgado'), { tokens: ['ana', 'r', 'delgado'], first: 'ana', last: 'delgado', middle: ['r'] });
  });
  it('should call one or two edits on a long word a close spelling, not on a different first letter', () => {
    assert.equal(closeSpelling('marsh', 'marsch'), true);
    assert.equal(closeSpelling('castellane', 'castellano'), true);
    assert.equal(closeSpelling('ruth', 'roth'), true);
    assert.equal(closeSpelling('ruth', 'declan'), false);
    assert.equal(closeSpelling('berg', 'ferg'), false);
  });
});
