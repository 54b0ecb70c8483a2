import { createRequire } from 'node:module';
import type { Lexicon } from '../src/nlp/lexical-class.js';

interface WinkCoreModel {
  lexicon: Uint32Array;
  packing: { size: number; layout: Record<string, number[]> };
  features: { lexeme: { list: string[] }; posClusters: { list: Array<Set<number>> } };
  pos: { list: string[] };
}

/**
 * wink-nlp's English lexicon as lexical classes: for each word form its default tag, the set of tags wink allows it
 * and wink's rule hint (`VERB|NOUN_VERB|0`). Read from the packed lexicon of wink-eng-lite-web-model (MIT licence);
 * forms holding spaces or line breaks are left out, as the tagger never sees them.
 */
export function winkLexicon(): Lexicon {
  const require = createRequire(import.meta.url);
  const readCoreModel = require('wink-eng-lite-web-model/dist/read-core-model.js') as () => WinkCoreModel;
  const model = readCoreModel();
  const { layout, size } = model.packing;
  const field = (k: number, name: string): number => {
    const [word, mask, shift] = layout[name];
    return (model.lexicon[word + k * size] & mask) >>> shift;
  };
  const classes: string[] = [];
  const classIds = new Map<string, number>();
  const forms = new Map<string, number>();
  const lexemes = model.features.lexeme.list;
  for (let k = 1; k < lexemes.length; k++) {
    const form = lexemes[k];
    if (/\s/.test(form)) continue;
    const tag = model.pos.list[field(k, 'pos')];
    const set = [...model.features.posClusters.list[field(k, 'lexemeCID')]].map((p) => model.pos.list[p]).join('_');
    const name = `${tag}|${set}|${field(k, 'posHint')}`;
    let id = classIds.get(name);
    if (id === undefined) {
      id = classes.length;
      classes.push(name);
      classIds.set(name, id);
    }
    forms.set(form, id);
  }
  return { forms, classes };
}
