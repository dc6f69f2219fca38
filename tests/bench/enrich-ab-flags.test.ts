import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { missingFlags } from './enrich-ab-flags.js';

describe("enrich-ab's service flags", () => {
  it('lists the flags of the services that the process was not started with', () => {
    assert.deepEqual(missingFlags('--max-semi-space-size=64', []), ['--max-semi-space-size=64']);
    assert.deepEqual(missingFlags(' --max-semi-space-size=64  --stack-size=900 ', ['--stack-size=900']), ['--max-semi-space-size=64']);
  });

  it('asks for nothing when every flag is there or the services have none', () => {
    assert.deepEqual(missingFlags('--max-semi-space-size=64', ['--cpu-prof', '--max-semi-space-size=64']), []);
    assert.deepEqual(missingFlags('', ['--cpu-prof']), []);
  });
});
