import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { THEME_IDS } from '@presswatch/enrichment';
import {
  EVAL_PER_LANGUAGE,
  labelKey,
  loadCorpus,
  loadLabels,
  loadSecondPass,
  SAMPLES_DIR,
  selectCorpus,
  TRAIN_FILE,
  selectTraining,
  type Label,
} from '@presswatch/enrichment-evaluation';

const require = createRequire(import.meta.url);

/** The ISO 3166-1 alpha-2 codes known to i18n-iso-countries (a dependency of the enricher too). */
function isoCodes(): Set<string> {
  const mod: unknown = require('i18n-iso-countries');
  const get = typeof mod === 'object' && mod !== null ? (mod as Record<string, unknown>)['getAlpha2Codes'] : undefined;
  if (typeof get !== 'function') throw new Error('i18n-iso-countries has no getAlpha2Codes');
  const codes: unknown = get();
  if (typeof codes !== 'object' || codes === null) throw new Error('unexpected getAlpha2Codes result');
  return new Set(Object.keys(codes));
}

// Canonical organisation ids used by the enricher (organizations.ts).
const ORG_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

function checkValues(get: () => Label[]): void {
  it('uses valid ISO alpha-2 codes, and the primary country is among the countries', () => {
    const iso = isoCodes();
    for (const l of get()) {
      for (const c of l.countries) assert.ok(iso.has(c), `${labelKey(l)}: unknown country code ${c}`);
      assert.equal(new Set(l.countries).size, l.countries.length, `${labelKey(l)}: duplicate country`);
      if (l.primaryCountry !== null) assert.ok(l.countries.includes(l.primaryCountry), `${labelKey(l)}: primary not listed`);
    }
  });

  it('uses only theme ids of the vocabulary and canonical organisation ids', () => {
    const vocabulary = new Set<string>(THEME_IDS);
    for (const l of get()) {
      for (const t of l.themes) assert.ok(vocabulary.has(t), `${labelKey(l)}: unknown theme ${t}`);
      assert.equal(new Set(l.themes).size, l.themes.length, `${labelKey(l)}: duplicate theme`);
      for (const o of l.organizations) assert.match(o, ORG_ID, `${labelKey(l)}: organisation ${o}`);
    }
  });

}

describe('enrichment evaluation labels', () => {
  const labels: Label[] = loadLabels();

  it('has at least 60 entries and 15 per language, without duplicates', () => {
    assert.ok(labels.length >= 60, `${labels.length} entries`);
    for (const lang of ['fr', 'en', 'es']) {
      const n = labels.filter((l) => l.language === lang).length;
      assert.ok(n >= 15, `${lang}: ${n} entries`);
    }
    const keys = labels.map(labelKey);
    assert.equal(new Set(keys).size, keys.length, 'duplicate entries');
    assert.ok(labels.filter((l) => l.source === 'corpus').length >= 45, 'most of the set must be corpus reports');
  });

  checkValues(() => labels);

  it('refers to sample files that exist', () => {
    for (const l of labels) if (l.source === 'samples') assert.ok(existsSync(join(SAMPLES_DIR, l.file)), l.file);
  });

  it('refers to corpus reports that exist, in their language, chosen by the documented rule', (t) => {
    const corpus = loadCorpus();
    if (corpus === null) {
      t.skip('corpus not present (../shared/corpus): corpus ids not checked');
      return;
    }
    const byId = new Map(corpus.map((c) => [c.id, c]));
    const labelled = labels.filter((l) => l.source === 'corpus');
    for (const l of labelled) {
      const item = byId.get(l.id);
      assert.ok(item !== undefined, `${l.id} is not in the corpus`);
      assert.equal(item.language, l.language, `${l.id}: language`);
    }
    const chosen = selectCorpus(corpus, EVAL_PER_LANGUAGE).map((c) => c.id).sort();
    assert.deepEqual(labelled.map((l) => l.id).sort(), chosen);
  });

  it('has a second labeller entry for every release, with vocabulary themes only', () => {
    const vocabulary = new Set<string>(THEME_IDS);
    const second = loadSecondPass();
    assert.deepEqual(second.map((s) => s.key).sort(), labels.map(labelKey).sort());
    for (const s of second) for (const t of s.themes) assert.ok(vocabulary.has(t), `${s.key}: unknown theme ${t}`);
  });
});

describe('enrichment training labels', () => {
  const train: Label[] = loadLabels(TRAIN_FILE);

  checkValues(() => train);

  it('are corpus reports, the next ones by the same rule, none in the evaluation set', (t) => {
    assert.ok(train.every((l) => l.source === 'corpus'));
    const evalKeys = new Set(loadLabels().map(labelKey));
    assert.ok(!train.some((l) => evalKeys.has(labelKey(l))), 'a training report is in the evaluation set');
    const corpus = loadCorpus();
    if (corpus === null) {
      t.skip('corpus not present (../shared/corpus): training ids not checked');
      return;
    }
    const chosen = selectTraining(corpus);
    assert.deepEqual(train.map(labelKey).sort(), chosen.map((c) => `corpus:${c.id}`).sort());
    const language = new Map(chosen.map((c) => [c.id, c.language]));
    for (const l of train) assert.equal(l.language, language.get(l.source === 'corpus' ? l.id : ''), labelKey(l));
  });
});
