import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyPrimaryTally, tallyPrimary } from './scoring.js';

describe('primary-country tally', () => {
  it('separates single-country accuracy from the "no primary" decision', () => {
    const t = emptyPrimaryTally();
    tallyPrimary(t, 'MX', 'MX');
    tallyPrimary(t, null, 'MX');
    tallyPrimary(t, 'GT', 'MX');
    tallyPrimary(t, null, null);
    tallyPrimary(t, 'CH', null);
    assert.deepEqual(t, { single: 3, singleCorrect: 1, singleNone: 1, regional: 2, regionalNone: 1 });
  });
});
