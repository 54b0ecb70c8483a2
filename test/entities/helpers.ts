import { findNames, type NameSpan } from '../../src/entities/find-names.js';
import { extractEntities } from '../../src/entities/extract-entities.js';
import type { ArticleEntity, Token } from '../../src/model.js';
import { analyse } from '../../src/nlp/analyse.js';

/** Tokens of a text from the real tagger: the entity functions are tested on what the pipeline gives them. */
export function tokensOf(text: string): Token[] {
  return analyse(text).tokens;
}

/** The name candidates of a text, as written. */
export function namesIn(text: string): NameSpan[] {
  return findNames(tokensOf(text), text);
}

/** The entities of a text. */
export function entitiesOf(text: string): ArticleEntity[] {
  return extractEntities(text, tokensOf(text));
}

/** The entity with this name, or a failure naming what was found. */
export function entityNamed(entities: ArticleEntity[], name: string): ArticleEntity {
  const e = entities.find((x) => x.name === name);
  if (!e) throw new Error(`expected an entity named ${name}, found ${entities.map((x) => `${x.name} (${x.type})`).join(', ')}`);
  return e;
}
