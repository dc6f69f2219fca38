import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { buildRawRelease } from './raw-release.js';
import { jsonStringLength, releaseMessageValue, writeJsonString } from './release-message.js';

const stringified = (text: string) => Buffer.from(JSON.stringify(text), 'utf8');

function escaped(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const target = Buffer.alloc(jsonStringLength(bytes));
  assert.equal(writeJsonString(bytes, target, 0), target.length);
  return target;
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('writeJsonString', () => {
  it('writes what JSON.stringify writes, for every character class it escapes or keeps', () => {
    const controls = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('');
    for (const text of ['', controls, 'say "hi" \\ back\\slash', '\u007f', 'élan — « quotes » ’', '\u2028\u2029', '😀 𝄞', 'a\r\nb\tc']) {
      assert.deepEqual(escaped(text), stringified(text), JSON.stringify(text));
    }
  });

  it('writes what JSON.stringify writes for random valid UTF-8', () => {
    const next = random(7);
    const alphabet = ['a', ' ', '\n', '"', '\\', '\u0001', '\u001f', 'é', '’', '€', '😀', '\u2028', '\u0000', '<', '/'];
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: Math.floor(next() * 200) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      assert.ok(isUtf8(Buffer.from(text, 'utf8')));
      assert.deepEqual(escaped(text), stringified(text), JSON.stringify(text));
    }
  });

  it('writes at the given offset and returns the end', () => {
    const target = Buffer.alloc(10, 0x2e);
    assert.equal(writeJsonString(Buffer.from('a"'), target, 2), 7);
    assert.equal(target.toString(), '.."a\\""...');
  });
});

describe('releaseMessageValue', () => {
  const input = {
    source: 'folder:"odd" source ’',
    location: 'a/"body":"".txt',
    url: null,
    fetchedAt: new Date('2024-06-01T00:00:00Z'),
  };

  it('is the release JSON, byte for byte, when written from the body bytes', () => {
    for (const body of ['', 'Plain text.\nSecond "line" \\ end', '<html><p>élan ’ 😀</p>\u0007</html>']) {
      const release = buildRawRelease({ ...input, body, bodyUtf8: Buffer.from(body, 'utf8') });
      assert.deepEqual(releaseMessageValue(release), Buffer.from(JSON.stringify(release), 'utf8'));
    }
  });

  it('serialises the body it holds when it was replaced after the bytes were given', () => {
    const release = buildRawRelease({ ...input, body: 'old', bodyUtf8: Buffer.from('old', 'utf8') });
    const changed = { ...release, body: 'new' };
    release.body = 'newer';
    assert.deepEqual(releaseMessageValue(release), Buffer.from(JSON.stringify(release), 'utf8'));
    assert.deepEqual(releaseMessageValue(changed), Buffer.from(JSON.stringify(changed), 'utf8'));
  });

  it('is the release JSON for bodies that grow its scratch buffer, fill it with escapes, or are too large for it', () => {
    const next = random(11);
    const alphabet = ['a', '\n', '"', '\u0001', 'é', '😀'];
    const bodies = [
      Array.from({ length: 40_000 }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''), // past the first 64 KB of room
      '\u0000'.repeat(20_000), // every byte escaped as \u0000: six bytes a byte
      'x\n'.repeat(400_000), // 800 KB: six times that is over the scratch's cap, measured first instead
      'short "again" after the large ones',
    ];
    for (const body of bodies) {
      const release = buildRawRelease({ ...input, body, bodyUtf8: Buffer.from(body, 'utf8') });
      assert.deepEqual(releaseMessageValue(release), Buffer.from(JSON.stringify(release), 'utf8'));
    }
  });

  it('serialises a release built without body bytes as JSON.stringify does', () => {
    const release = buildRawRelease({ ...input, body: 'décodé de windows-1252' });
    assert.deepEqual(releaseMessageValue(release), Buffer.from(JSON.stringify(release), 'utf8'));
  });
});
