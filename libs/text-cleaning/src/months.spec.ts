import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MONTH_NAMES, MONTH_NUMBERS, MONTH_PATTERN } from './months.js';

describe('month names', () => {
  it('numbers every spelling, folded, from 1 to 12', () => {
    assert.equal(MONTH_NAMES.length, 12);
    assert.equal(MONTH_NUMBERS.get('fevrier'), 2);
    assert.equal(MONTH_NUMBERS.get('aout'), 8);
    assert.equal(MONTH_NUMBERS.get('setiembre'), 9);
    assert.equal(MONTH_NUMBERS.get('dic'), 12);
    assert.equal(MONTH_NUMBERS.get('février'), undefined, 'keys are folded');
  });

  it('matches names as printed and without accents, with a dot after an abbreviation', () => {
    const whole = new RegExp(`^${MONTH_PATTERN}$`, 'iu');
    for (const text of ['Février', 'fevrier', 'AOÛT', 'Sept.', 'déc.', 'diciembre']) assert.match(text, whole);
    for (const text of ['marché', 'juil-', 'semaine']) assert.doesNotMatch(text, whole);
  });
});
