import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isSpaceCode } from './word-scan.js';

describe('isSpaceCode', () => {
  it("is true exactly for the code units JavaScript's \\s matches", () => {
    for (let code = 0; code <= 0xffff; code++) {
      assert.equal(isSpaceCode(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
    }
  });
});
