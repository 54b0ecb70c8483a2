/**
 * Train the part-of-speech tagger on wink-nlp's tags and write models/pos-tagger.bin.
 *
 *   node dist/bench/train-tagger.js [--epochs 10] [--min-weight 0.05] [--generated PATH] [--no-write]
 *
 * Training text: PolNeAR train articles, ECB+ train topics, the article-extraction benchmark's marked bodies and the
 * sample corpus. Held out: PolNeAR dev, ECB+ dev topics and the first 500 generated articles of
 * bench/out/work/corpus-1000-1.jsonl (made from the sample corpus, so not wholly unseen). Test splits are never read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { datasetsDir } from '../eval/datasets.js';
import { loadSampleArticles } from './sample-articles.js';
import { ecbTexts, extractionBenchmarkTexts, jsonlTexts, polnearTexts, tagWithWink, type TaggedCorpus } from './tagger-corpus.js';
import { formatAgreement, measureAgreement, measureSpeed } from './tagger-evaluation.js';
import { pruneTaggerModel, trainTagger } from './tagger-training.js';
import { winkLexicon } from './wink-lexicon.js';
import { createPartOfSpeechTagger, TAGGER_MODEL_URL } from '../src/nlp/tag-parts-of-speech.js';
import { decodeTaggerModel, encodeTaggerModel } from '../src/nlp/tagger-model.js';

const { values: args } = parseArgs({
  options: {
    epochs: { type: 'string', default: '10' },
    'min-weight': { type: 'string', default: '0.05' },
    'dictionary-count': { type: 'string', default: '20' },
    'dictionary-share': { type: 'string', default: '0.995' },
    'class-count': { type: 'string', default: '200' },
    'class-share': { type: 'string', default: '0.999' },
    generated: { type: 'string', default: 'bench/out/work/corpus-1000-1.jsonl' },
    'no-sample': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
  },
});

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const started = performance.now();
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);

const datasets = datasetsDir();
const polnear = join(datasets, 'polnear');
const ecb = join(datasets, 'ecbplus', 'ECB+');

const sampleTexts = args['no-sample'] ? [] : (await loadSampleArticles()).filter((a) => !a.nonEnglish).map((a) => a.text);
const training: TaggedCorpus[] = [
  tagWithWink('PolNeAR train', polnearTexts(polnear, 'train')),
  tagWithWink('ECB+ train', ecbTexts(ecb, 'train')),
  tagWithWink('extraction benchmark', extractionBenchmarkTexts(join(datasets, 'article-extraction-benchmark', 'ground-truth.json'))),
  tagWithWink('sample corpus', sampleTexts),
];
const heldOut: TaggedCorpus[] = [
  tagWithWink('PolNeAR dev', polnearTexts(polnear, 'dev')),
  tagWithWink('ECB+ dev', ecbTexts(ecb, 'dev')),
  tagWithWink('generated corpus (500)', jsonlTexts(args.generated, 500)),
];
for (const c of [...training, ...heldOut]) log(`${c.name}: ${c.words.length} tokens${c.words.length ? '' : ' (not found: skipped)'}`);
log(`wink tagging done at ${seconds()} s`);

const trained = trainTagger(
  training.filter((c) => c.words.length > 0),
  winkLexicon(),
  {
    epochs: Number(args.epochs),
    seed: 1,
    dictionaryMinCount: Number(args['dictionary-count']),
    dictionaryMinShare: Number(args['dictionary-share']),
    classMinCount: Number(args['class-count']),
    classMinShare: Number(args['class-share']),
    onEpoch: (epoch, accuracy, features) => log(`epoch ${epoch}: training accuracy ${accuracy.toFixed(4)}, ${features} features (${seconds()} s)`),
  },
);
const model = pruneTaggerModel(trained, Number(args['min-weight']));
const file = encodeTaggerModel(model);
log(`model: ${trained.keys.length} features, ${model.keys.length} after pruning, ${model.dictionary.size} dictionary words, ${model.classDictionary.size} dictionary classes, ${(file.length / 1e6).toFixed(2)} MB`);

// Measure the model as shipped: decoded from its file bytes.
const tagger = createPartOfSpeechTagger(decodeTaggerModel(file));
for (const c of heldOut.filter((c) => c.words.length > 0)) {
  for (const line of formatAgreement(measureAgreement(tagger, c))) log(line);
  log(`  speed: ${measureSpeed(tagger, c).toFixed(3)} ms per 1,000 tokens`);
}

if (!args['no-write']) {
  const path = fileURLToPath(TAGGER_MODEL_URL);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file);
  log(`wrote ${path}`);
}
log(`done in ${seconds()} s`);
