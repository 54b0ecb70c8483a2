import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A token as wink gives it, placed in the text the way `analyse()` places it. */
export interface WinkToken {
  text: string;
  start: number;
  end: number;
  type: string;
}

/** What wink gives for a text: its tokens and its sentences, as token index ranges. */
export interface WinkResult {
  tokens: WinkToken[];
  sentences: Array<[number, number]>;
}

/**
 * wink as a fresh instance would tokenise and split each text, for comparing the tokenizer and the sentence splitter
 * against it. wink remembers unknown tokens for the life of an instance, which can change how it tokenises a later
 * text; the tokenizer remembers within one text only. So a text is read by one long-lived instance, and when
 * `agrees` rejects that reading, by a new instance, whose reading is returned. A new instance is costly (its model
 * loads again) and a process can make only a few (each re-encodes a part of wink's shared model, which grows), so the
 * tests here give it the few texts a long-lived wink has been changed for.
 */
export function winkReference(): (text: string, agrees?: (result: WinkResult) => boolean) => WinkResult {
  const shared = winkReader();
  return (text, agrees) => {
    const result = shared(text);
    return agrees === undefined || agrees(result) ? result : winkReader()(text);
  };
}

function winkReader(): (text: string) => WinkResult {
  const nlp = winkNLP(model, ['sbd']);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out(its.value) as string[];
    const types = doc.tokens().out(its.type) as string[];
    const tokens: WinkToken[] = [];
    let offset = 0;
    for (let i = 0; i < values.length; i++) {
      while (offset < text.length && /[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/.test(text[offset])) offset++;
      const value = values[i];
      const start = text.startsWith(value, offset) ? offset : text.indexOf(value, offset);
      tokens.push({ text: value, start, end: start + value.length, type: types[i] });
      offset = start + value.length;
    }
    const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
    return { tokens, sentences };
  };
}
