import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coldWindows, pairedColdRuns, pairedColdTable, readMessages, windowLabels, writeMessages } from './cold-run.js';

describe('cold runs', () => {
  it('times each window of releases in order, the last one short', () => {
    const ranges: [number, number][] = [];
    const perRelease = coldWindows(1100, 500, (from, to) => {
      ranges.push([from, to]);
      return (to - from) * (from === 0 ? 2 : 1);
    });
    assert.deepEqual(ranges, [
      [0, 500],
      [500, 1000],
      [1000, 1100],
    ]);
    assert.deepEqual(perRelease, [2, 1, 1]);
    assert.deepEqual(windowLabels(1100, 500), ['1-500', '501-1000', '1001-1100']);
  });

  it('reads back the messages it wrote, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cold-run-test-'));
    try {
      const messages = [Buffer.from('{"a":1}'), Buffer.alloc(0), Buffer.from('é'.repeat(300))];
      writeMessages(join(dir, 'messages.bin'), messages);
      assert.deepEqual(readMessages(join(dir, 'messages.bin')), messages);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('alternates which side runs first and pairs each run with its neighbour', () => {
    const order: string[] = [];
    const runs = pairedColdRuns(
      3,
      (which) => {
        order.push(which);
        return which === 'ours' ? [1, 0.5] : [2, 1];
      },
      false,
    );
    assert.deepEqual(order, ['ours', 'theirs', 'theirs', 'ours', 'ours', 'theirs']);
    const rows = pairedColdTable(1000, 500, runs).split('\n');
    // Each window and the whole pass: ours is half the reference in every pair.
    assert.equal(rows.length, 4);
    for (const row of rows.slice(1)) assert.match(row, /0\.500\s+0\.500\s+0\.500$/);
  });

  it('weights the whole pass by the releases of each window', () => {
    const table = pairedColdTable(600, 500, { ours: [[1, 4]], theirs: [[1, 1]] });
    // (500 × 1 + 100 × 4) / 600 = 1.5 against 1.
    assert.match(table.split('\n').at(-1) ?? '', /^whole pass\s+1\.500\s+1\.000\s+1\.500\s+1\.500\s+1\.500$/);
  });
});
