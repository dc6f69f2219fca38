import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { regionsFor, subregionOf } from './regions.js';

describe('M49 regions', () => {
  it('maps countries to their sub-region', () => {
    assert.equal(subregionOf('MX'), '013');
    assert.equal(subregionOf('US'), '021');
    assert.equal(subregionOf('NE'), '011');
    assert.equal(subregionOf('CD'), '017');
    assert.equal(subregionOf('DE'), '155');
    assert.equal(subregionOf('PL'), '151');
    assert.equal(subregionOf('ZZ'), null);
  });

  it('adds 419 once for Latin America and the Caribbean, and deduplicates', () => {
    assert.deepEqual(regionsFor(['CO', 'MX', 'HT', 'GT', 'US']), [
      { code: '005', name: 'South America' },
      { code: '419', name: 'Latin America and the Caribbean' },
      { code: '013', name: 'Central America' },
      { code: '029', name: 'Caribbean' },
      { code: '021', name: 'Northern America' },
    ]);
  });

  it('gives African and Asian countries their sub-regions only', () => {
    assert.deepEqual(regionsFor(['NG', 'SD', 'YE']), [
      { code: '011', name: 'Western Africa' },
      { code: '015', name: 'Northern Africa' },
      { code: '145', name: 'Western Asia' },
    ]);
  });
});
