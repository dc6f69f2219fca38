import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compiledExec } from './compiled-exec.js';

describe('compiledExec', () => {
  it('matches as the pattern does, from the first call on', () => {
    const pattern = /^(\p{Lu}\p{L}*)\s*–\s*/u;
    const exec = compiledExec(pattern);
    for (const text of ['Genève – Le', 'genève – le', '', '–'.repeat(1000), 'GENEVA – The']) {
      assert.deepEqual(exec(text), pattern.exec(text));
    }
  });

  it('refuses global and sticky patterns, whose matches depend on lastIndex', () => {
    assert.throws(() => compiledExec(/a/gu));
    assert.throws(() => compiledExec(/a/uy));
  });
});
