import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text/tokenize.js';
import { detectCountries } from './detect.js';
import { RANKER_FEATURES, rankerCandidates } from './ranker-features.js';

function features(title: string, body: string, dateline: string | null = null): Map<string, Record<string, number>> {
  const t = tokenize(title);
  const b = tokenize(body);
  const found = detectCountries(t, b, dateline);
  return new Map(rankerCandidates(t, b, found).map((c) => [c.code, Object.fromEntries(RANKER_FEATURES.map((n, i) => [n, c.x[i] ?? NaN]))]));
}

describe('the country ranker features', () => {
  it("mark the rules' pick, the title, the lead and the refugees' nationality", () => {
    const f = features(
      'Refugees in Cameroon receive aid',
      'Nigerian refugees arrived in Cameroon this week.\n\nCameroon opened a new camp. Nigeria was not mentioned again.',
    );
    const cm = f.get('CM');
    const ng = f.get('NG');
    assert.ok(cm !== undefined && ng !== undefined);
    assert.equal(cm['rulePick'], 1);
    assert.equal(ng['rulePick'], 0);
    assert.equal(cm['inTitle'], 1);
    assert.equal(cm['inLead'], 1);
    assert.ok((ng['originShare'] ?? 0) > 0 && (ng['originShare'] ?? 0) < 1);
    assert.ok((cm['weightShare'] ?? 0) > (ng['weightShare'] ?? 0));
    for (const x of [cm, ng]) for (const v of Object.values(x)) assert.ok(v >= 0 && v <= 1);
  });

  it('give a country only the dateline names a candidate of its own', () => {
    const f = features('Workshop on migration', 'Officials of Chad met in N’Djamena.', 'GENEVA');
    assert.equal(f.get('CH')?.['datelineOnly'], 1);
    assert.equal(f.get('CH')?.['datelineCountry'], 1);
    assert.equal(f.get('TD')?.['datelineOnly'], 0);
  });
});
