import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { THEME_IDS } from '@presswatch/enrichment';
import {
  ADDITIONS_LABELLER_FILES,
  ADJUDICATED_FILE,
  EVAL_PER_LANGUAGE,
  iomSampleFiles,
  labelKey,
  loadCorpus,
  loadGold,
  loadLabels,
  loadOptionalLabels,
  loadSecondPass,
  loadSyntheticReleases,
  SAMPLES_DIR,
  selectAdditions,
  selectCorpus,
  selectTraining,
  SYNTHETIC_GOLD_FILE,
  SYNTHETIC_LABELLER_FILES,
  SYNTHETIC_RELEASES_FILE,
  TRAIN_ADJUDICATED_FILE,
  TRAIN_FILE,
  TRAIN_SECOND_FILE,
  loadOptionalSecondPass,
  type Gold,
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

// Canonical organisation ids used by the enricher (organizations/known-organizations.ts).
const ORG_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;
const VOCABULARY = new Set<string>(THEME_IDS);

type Labelled = Pick<Label, 'primaryCountry' | 'countries' | 'themes' | 'organizations'> & { key: string };

const keyed = (labels: readonly Label[]): Labelled[] => labels.map((l) => ({ ...l, key: labelKey(l) }));

function checkValues(get: () => readonly Labelled[]): void {
  it('uses valid ISO alpha-2 codes, and the primary country is among the countries', () => {
    const iso = isoCodes();
    for (const l of get()) {
      for (const c of l.countries) assert.ok(iso.has(c), `${l.key}: unknown country code ${c}`);
      assert.equal(new Set(l.countries).size, l.countries.length, `${l.key}: duplicate country`);
      if (l.primaryCountry !== null) assert.ok(l.countries.includes(l.primaryCountry), `${l.key}: primary not listed`);
    }
  });

  it('uses only theme ids of the vocabulary and canonical organisation ids', () => {
    for (const l of get()) {
      for (const t of l.themes) assert.ok(VOCABULARY.has(t), `${l.key}: unknown theme ${t}`);
      assert.equal(new Set(l.themes).size, l.themes.length, `${l.key}: duplicate theme`);
      for (const o of l.organizations) assert.match(o, ORG_ID, `${l.key}: organisation ${o}`);
    }
  });
}

function sortedKeys(list: readonly { key: string }[]): string[] {
  return list.map((l) => l.key).sort();
}

/** An optional file's content, or a skip that says the file is absent. */
function present<T>(t: TestContext, value: T | null, file: string): value is T {
  if (value === null) t.skip(`${file} absent`);
  return value !== null;
}

const labels: Label[] = loadLabels();
const train: Label[] = loadLabels(TRAIN_FILE);
const gold: Gold[] | null = loadGold();
const corpus = loadCorpus();

describe('enrichment evaluation labels', () => {
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

  checkValues(() => keyed(labels));

  it('refers to sample files that exist', () => {
    for (const l of labels) if (l.source === 'samples') assert.ok(existsSync(join(SAMPLES_DIR, l.file)), l.file);
  });

  it('refers to corpus reports that exist, in their language, chosen by the documented rule', (t) => {
    if (!present(t, corpus, '../shared/corpus')) return;
    const byId = new Map(corpus.map((c) => [c.id, c]));
    const labelled = labels.filter((l) => l.source === 'corpus');
    for (const l of labelled) {
      const item = byId.get(l.id);
      assert.ok(item !== undefined, `${l.id} is not in the corpus`);
      assert.equal(item.language, l.language, `${l.id}: language`);
    }
    const chosen = selectCorpus(corpus, EVAL_PER_LANGUAGE)
      .map((c) => c.id)
      .sort();
    assert.deepEqual(labelled.map((l) => l.id).sort(), chosen);
  });

  it('has a second labeller entry for every release, with vocabulary themes only', () => {
    const second = loadSecondPass();
    assert.deepEqual(sortedKeys(second), labels.map(labelKey).sort());
    for (const s of second) for (const t of s.themes) assert.ok(VOCABULARY.has(t), `${s.key}: unknown theme ${t}`);
  });
});

describe('enrichment adjudicated gold and additions', () => {
  const additions = (): Gold[] => (gold ?? []).filter((g) => !labels.some((l) => labelKey(l) === g.key));

  checkValues(() => gold ?? []);

  it('covers the 84 with their countries and organisations from labels.json', (t) => {
    if (!present(t, gold, ADJUDICATED_FILE)) return;
    const byKey = new Map(gold.map((g) => [g.key, g]));
    assert.equal(byKey.size, gold.length, 'duplicate gold entries');
    for (const l of labels) {
      const g = byKey.get(labelKey(l));
      assert.ok(g !== undefined, `${labelKey(l)} has no gold`);
      assert.equal(g.language, l.language, `${g.key}: language`);
      assert.deepEqual([...g.countries].sort(), [...l.countries].sort(), `${g.key}: countries differ from labels.json`);
      assert.deepEqual([...g.organizations].sort(), [...l.organizations].sort(), `${g.key}: organisations differ from labels.json`);
    }
  });

  it('gives reasons only for vocabulary themes', (t) => {
    if (!present(t, gold, ADJUDICATED_FILE)) return;
    for (const g of gold)
      for (const id of Object.keys(g.reasons.themes ?? {})) assert.ok(VOCABULARY.has(id), `${g.key}: reason for unknown theme ${id}`);
  });

  it("adds exactly the corpus reports the additions' rule selects and the IOM samples", (t) => {
    if (!present(t, gold, ADJUDICATED_FILE) || !present(t, corpus, '../shared/corpus')) return;
    const labelled = new Set([...labels, ...train].flatMap((l) => (l.source === 'corpus' ? [l.id] : [])));
    const expected = [
      ...selectAdditions(corpus, labelled).map((c) => `corpus:${c.id}`),
      ...(iomSampleFiles() ?? []).map((f) => `iom:${f}`),
    ].sort();
    assert.deepEqual(sortedKeys(additions()), expected);
    const language = new Map(corpus.map((c) => [`corpus:${c.id}`, c.language]));
    for (const g of additions()) if (g.key.startsWith('corpus:')) assert.equal(g.language, language.get(g.key), `${g.key}: language`);
  });

  for (const [i, file] of ADDITIONS_LABELLER_FILES.entries()) {
    describe(`labeller ${i === 0 ? 'a' : 'b'} of the additions`, () => {
      const list = loadOptionalLabels(file);
      checkValues(() => keyed(list ?? []));
      it('labelled exactly the additions', (t) => {
        if (!present(t, list, file) || !present(t, gold, ADJUDICATED_FILE)) return;
        assert.deepEqual(
          keyed(list)
            .map((l) => l.key)
            .sort(),
          sortedKeys(additions()),
        );
      });
    });
  }
});

describe('enrichment training labels', () => {
  checkValues(() => keyed(train));

  it('are corpus reports, the next ones by the same rule, none in the evaluation set', (t) => {
    assert.ok(train.every((l) => l.source === 'corpus'));
    const evalKeys = new Set([...labels.map(labelKey), ...(gold ?? []).map((g) => g.key)]);
    assert.ok(!train.some((l) => evalKeys.has(labelKey(l))), 'a training report is in the evaluation set');
    if (!present(t, corpus, '../shared/corpus')) return;
    const chosen = selectTraining(corpus);
    assert.deepEqual(train.map(labelKey).sort(), chosen.map((c) => `corpus:${c.id}`).sort());
    const language = new Map(chosen.map((c) => [c.id, c.language]));
    for (const l of train) assert.equal(l.language, language.get(l.source === 'corpus' ? l.id : ''), labelKey(l));
  });
});

describe('the training set second labelling and adjudicated gold', () => {
  const second = loadOptionalSecondPass(TRAIN_SECOND_FILE);
  const trainGold = loadGold(TRAIN_ADJUDICATED_FILE);
  const trainKeys = train.map(labelKey);

  checkValues(() => trainGold ?? []);

  it("labeller 2 covers train.json's releases in its order and language, with vocabulary themes and ISO codes", (t) => {
    if (!present(t, second, TRAIN_SECOND_FILE)) return;
    const iso = isoCodes();
    assert.deepEqual(
      second.map((s) => s.key),
      trainKeys,
    );
    second.forEach((s, i) => {
      assert.equal(s.language, train[i]?.language, `${s.key}: language`);
      if (s.primaryCountry !== null) assert.ok(iso.has(s.primaryCountry), `${s.key}: unknown country ${s.primaryCountry}`);
      for (const th of s.themes) assert.ok(VOCABULARY.has(th), `${s.key}: unknown theme ${th}`);
      assert.equal(new Set(s.themes).size, s.themes.length, `${s.key}: duplicate theme`);
    });
  });

  it("the gold covers train.json's releases in its order, with train.json's countries (plus an adjudicated primary) and organisations", (t) => {
    if (!present(t, trainGold, TRAIN_ADJUDICATED_FILE)) return;
    assert.ok(second !== null, `${TRAIN_ADJUDICATED_FILE} without ${TRAIN_SECOND_FILE}: integrate both`);
    assert.deepEqual(
      trainGold.map((g) => g.key),
      trainKeys,
    );
    trainGold.forEach((g, i) => {
      const l = train[i] as Label;
      assert.equal(g.language, l.language, `${g.key}: language`);
      assert.deepEqual(g.organizations, l.organizations, `${g.key}: organisations differ from train.json`);
      const added = g.countries.filter((c) => !l.countries.includes(c));
      assert.deepEqual(
        added,
        g.primaryCountry !== null && !l.countries.includes(g.primaryCountry) ? [g.primaryCountry] : [],
        `${g.key}: countries`,
      );
      for (const c of added) assert.ok(g.reasons.countries?.[c] !== undefined, `${g.key}: ${c} added without a reason`);
      assert.ok(
        l.countries.every((c) => g.countries.includes(c)),
        `${g.key}: a country of train.json is missing`,
      );
      for (const id of Object.keys(g.reasons.themes ?? {})) assert.ok(VOCABULARY.has(id), `${g.key}: reason for unknown theme ${id}`);
    });
  });
});

describe('synthetic training releases', () => {
  const releases = loadSyntheticReleases();
  const syntheticGold = loadGold(SYNTHETIC_GOLD_FILE);

  checkValues(() => syntheticGold ?? []);

  it('are never in the evaluation set, which stays real', () => {
    assert.ok(!(gold ?? []).some((g) => g.key.startsWith('synthetic:')), 'a synthetic release is in adjudicated.json');
    assert.ok(!labels.some((l) => l.source === 'synthetic'));
  });

  it('have unique ids, and gold and two labellings for exactly those releases, in their language', (t) => {
    if (!present(t, releases, SYNTHETIC_RELEASES_FILE) || !present(t, syntheticGold, SYNTHETIC_GOLD_FILE)) return;
    const ids = releases.map((r) => `synthetic:${r.id}`);
    assert.equal(new Set(ids).size, ids.length, 'duplicate synthetic ids');
    assert.deepEqual(sortedKeys(syntheticGold), [...ids].sort());
    const language = new Map(releases.map((r) => [`synthetic:${r.id}`, r.language]));
    for (const g of syntheticGold) assert.equal(g.language, language.get(g.key), `${g.key}: language`);
    for (const file of SYNTHETIC_LABELLER_FILES) {
      const list = loadOptionalLabels(file);
      if (list === null) continue;
      assert.deepEqual(
        keyed(list)
          .map((l) => l.key)
          .sort(),
        [...ids].sort(),
        `${file}: not the synthetic releases`,
      );
    }
  });
});
