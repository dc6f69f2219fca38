import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isBlockedAddress, redactCredentials, assertUrlAllowed, guardedLookup, withoutCredentials } from './address-guard.js';
import { decodeBody, charsetFromContentType, charsetFromMarkup } from './charset.js';
import { parseRetryAfter, isRetryableStatus } from './retry-policy.js';
import { HostLimiter } from './host-limiter.js';

describe('isBlockedAddress', () => {
  it('blocks loopback, private, link-local, unique-local and mapped forms', () => {
    const ipv4 = ['127.0.0.1', '10.2.3.4', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0'];
    const ipv6 = ['::1', '::', 'fe80::1', 'fd00::1', 'fc12:3::4', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe', '[::1]'];
    for (const address of [...ipv4, ...ipv6]) {
      assert.equal(isBlockedAddress(address), true, address);
    }
  });
  it('lets public addresses through', () => {
    for (const address of ['8.8.8.8', '172.32.0.1', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
      assert.equal(isBlockedAddress(address), false, address);
  });
  it('refuses private literals and non-http schemes unless allowed', () => {
    assert.throws(() => assertUrlAllowed(new URL('http://127.0.0.1:8080/'), false), /private/);
    assert.throws(() => assertUrlAllowed(new URL('http://[::1]/'), false), /private/);
    assert.throws(() => assertUrlAllowed(new URL('file:///etc/passwd'), true), /scheme/);
    assert.doesNotThrow(() => assertUrlAllowed(new URL('http://127.0.0.1:8080/'), true));
  });
  it('refuses, at connection time, a host name that resolves to loopback', async () => {
    const resolveWith = (allowPrivate: boolean, all: boolean) =>
      new Promise<{ error: Error | null; address: unknown }>((resolve) =>
        guardedLookup(allowPrivate)('localhost', { all }, (error, address) => resolve({ error, address })),
      );
    assert.match((await resolveWith(false, false)).error?.message ?? '', /private or reserved address/);
    assert.match((await resolveWith(false, true)).error?.message ?? '', /private or reserved address/);
    const allowed = await resolveWith(true, false);
    assert.equal(allowed.error, null);
    assert.ok(isBlockedAddress(String(allowed.address)));
  });
  it('redacts credentials', () => {
    assert.equal(redactCredentials('https://bot:hunter2@example.org/feed'), 'https://***:***@example.org/feed');
    assert.equal(withoutCredentials('https://bot:hunter2@example.org/feed?a=1'), 'https://example.org/feed?a=1');
  });
});

describe('decodeBody', () => {
  const latin1 = Buffer.from('<p>Déclaration à Genève</p>', 'latin1');
  it('follows the HTTP charset', () => {
    assert.deepEqual(decodeBody(latin1, 'text/html; charset=ISO-8859-1'), {
      text: '<p>Déclaration à Genève</p>',
      charset: 'windows-1252',
      origin: 'header',
    });
  });
  it('reads windows-1252 punctuation declared as latin-1 in a meta tag', () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta charset="iso-8859-1"><p>'),
      Buffer.from([0x93, 0x4f, 0x4b, 0x94, 0x20, 0x80, 0x20, 0xe9]),
      Buffer.from('</p>'),
    ]);
    const decoded = decodeBody(bytes, 'text/html');
    assert.equal(decoded.text, '<meta charset="iso-8859-1"><p>“OK” € é</p>');
    assert.equal(decoded.origin, 'meta');
  });
  it('gives the BOM precedence and drops it', () => {
    const decoded = decodeBody(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Año', 'utf8')]),
      'text/html; charset=iso-8859-1',
    );
    assert.deepEqual([decoded.text, decoded.origin], ['Año', 'bom']);
  });
  it('falls back to sniffing when the declared UTF-8 is wrong', () => {
    const decoded = decodeBody(latin1, 'text/html; charset=utf-8');
    assert.deepEqual([decoded.text, decoded.origin], ['<p>Déclaration à Genève</p>', 'sniffed']);
  });
  it('reads labels', () => {
    assert.equal(charsetFromContentType('text/html;charset="UTF-8"'), 'utf-8');
    assert.equal(charsetFromMarkup(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss/>')), 'iso-8859-1');
    assert.equal(
      charsetFromMarkup(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')),
      'windows-1252',
    );
  });
});

describe('retry policy', () => {
  it('reads Retry-After as seconds or a date', () => {
    assert.equal(parseRetryAfter('7'), 7000);
    assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 10_000);
    assert.equal(parseRetryAfter('soon'), undefined);
  });
  it('retries 5xx, 429 and 408 only', () => {
    assert.deepEqual([500, 503, 429, 408, 404, 403, 501].map(isRetryableStatus), [true, true, true, true, false, false, false]);
  });
});

describe('HostLimiter', () => {
  it('bounds concurrency per host and spaces starts', async () => {
    const limiter = new HostLimiter({ concurrency: 2, minDelayMs: 20 });
    let active = 0;
    let peak = 0;
    const starts: number[] = [];
    const task = () =>
      limiter.run('a.example', async () => {
        starts.push(Date.now());
        peak = Math.max(peak, ++active);
        await new Promise((resolve) => setTimeout(resolve, 30));
        active--;
      });
    await Promise.all([task(), task(), task(), task()]);
    assert.equal(peak, 2);
    for (let index = 1; index < starts.length; index++)
      assert.ok(starts[index]! - starts[index - 1]! >= 18, `spacing ${starts[index]! - starts[index - 1]!}`);
  });
});
