import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectAmounts, parseNumber } from './amounts.js';

const one = (text: string, lang: string, primary: string | null = null) => detectAmounts(text, lang, primary)[0];

describe('amounts', () => {
  it('reads French formats', () => {
    assert.deepEqual(one('Plus de 440 000 dollars seront investis.', 'fr'), { value: 440000, currency: 'USD', text: '440 000 dollars' });
    assert.deepEqual(one('un budget de 440\u00a0000 dollars', 'fr')?.value, 440000);
    assert.deepEqual(one("un fonds de 1 milliard d'euros", 'fr'), { value: 1e9, currency: 'EUR', text: "1 milliard d'euros" });
    assert.deepEqual(one('2,5 millions d’euros', 'fr')?.value, 2.5e6);
    assert.deepEqual(one('5 millions de francs CFA', 'fr'), { value: 5e6, currency: 'XOF', text: '5 millions de francs CFA' });
    assert.equal(one('5 millions de francs CFA', 'fr', 'CM')?.currency, 'XAF');
    assert.deepEqual(one('un don de 12 500 €', 'fr'), { value: 12500, currency: 'EUR', text: '12 500 €' });
  });

  it('reads Spanish formats', () => {
    assert.deepEqual(one('1,2 millones de euros', 'es'), { value: 1.2e6, currency: 'EUR', text: '1,2 millones de euros' });
    assert.deepEqual(one('con US$ 1.5 millones', 'es'), { value: 1.5e6, currency: 'USD', text: 'US$ 1.5 millones' });
    assert.deepEqual(one('100.000 pesos mexicanos', 'es'), { value: 100000, currency: 'MXN', text: '100.000 pesos mexicanos' });
    assert.deepEqual(one('3 mil millones de dólares', 'es')?.value, 3e9);
    assert.equal(one('20.000 pesos', 'es', 'CO')?.currency, 'COP');
    assert.equal(one('20.000 pesos', 'es', null), undefined);
  });

  it('reads English formats', () => {
    assert.deepEqual(one('a grant of USD 350,000 from', 'en'), { value: 350000, currency: 'USD', text: 'USD 350,000' });
    assert.deepEqual(one('received $2.5 million', 'en'), { value: 2.5e6, currency: 'USD', text: '$2.5 million' });
    assert.deepEqual(one('EUR 3.2 billion', 'en')?.value, 3.2e9);
    assert.deepEqual(one('a $4m programme', 'en')?.value, 4e6);
  });

  it('ignores numbers that are not money', () => {
    assert.deepEqual(detectAmounts('En 2019, 115 fonctionnaires de 32 départements ; tél. +52 962 642 5674.', 'fr', null), []);
    assert.deepEqual(detectAmounts('COVID-19 affected 5 m people', 'en', null), []);
  });

  it('finds every amount once', () => {
    const found = detectAmounts('USD 350,000 and $2.5 million, plus 1,2 millones de euros', 'en', null);
    assert.deepEqual(
      found.map((a) => a.currency),
      ['USD', 'USD', 'EUR'],
    );
  });

  it('parses separators by language', () => {
    assert.equal(parseNumber('1.250', 'es', false), 1250);
    assert.equal(parseNumber('1.250', 'en', true), 1.25);
    assert.equal(parseNumber('1,250', 'en', false), 1250);
    assert.equal(parseNumber('1,250', 'fr', true), 1.25);
    assert.equal(parseNumber('1.234.567,89', 'es', false), 1234567.89);
    assert.equal(parseNumber('1,234,567.89', 'en', false), 1234567.89);
    assert.equal(parseNumber('12 500,5', 'fr', false), 12500.5);
  });
});
