import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roleHead } from '../../src/entities/roles.js';
import { entitiesOf, entityNamed } from './helpers.js';

describe('findRoles', () => {
  it('should read a pre-nominal title', () => {
    assert.deepEqual(entityNamed(entitiesOf('Health Minister Olga Brandt visited the clinic.'), 'Olga Brandt').roles, ['health minister']);
  });

  it('should add the place of "Mayor X of Y"', () => {
    assert.deepEqual(entityNamed(entitiesOf('Mayor Lars Eid of Nordvik said the roads were shut.'), 'Lars Eid').roles, ['mayor of Nordvik']);
  });

  it('should read an appositive after the name', () => {
    const e = entitiesOf('Rita Holm, the port authority\'s chief engineer, said the gates held.');
    assert.deepEqual(entityNamed(e, 'Rita Holm').roles, ["port authority's chief engineer"]);
  });

  it('should read an appositive before the name', () => {
    const e = entitiesOf('The port authority\'s chief engineer, Rita Holm, said the gates held.');
    assert.deepEqual(entityNamed(e, 'Rita Holm').roles, ["port authority's chief engineer"]);
  });

  it('should read a lower-case role right before the name and skip an age', () => {
    assert.deepEqual(entityNamed(entitiesOf('Police spokesman Arne Vik said so.'), 'Arne Vik').roles, ['police spokesman']);
    assert.deepEqual(entityNamed(entitiesOf('Jonah Ek, 67, a retired teacher, said so.'), 'Jonah Ek').roles, ['retired teacher']);
  });

  it('should not take the next clause for an appositive', () => {
    const e = entitiesOf('In Halden, farmer Ola Berg was loading his cattle.');
    assert.equal(entityNamed(e, 'Halden').type, 'place');
    assert.deepEqual(entityNamed(e, 'Halden').roles, []);
  });
});

describe('roleHead', () => {
  it('should find the role word before its complement', () => {
    assert.equal(roleHead('mayor of Nordvik'), 'mayor');
    assert.equal(roleHead("port authority's chief engineer"), 'engineer');
    assert.equal(roleHead('spokeswoman for the health ministry'), 'spokeswoman');
  });
});
