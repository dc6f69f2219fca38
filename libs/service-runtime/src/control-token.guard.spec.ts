import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ForbiddenException, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { ControlTokenGuard, controlTokenVar, tokenMatches } from './control-token.guard.js';

const TOKEN = 'c0ntrol-token-for-the-unit-test-0123456789';

/** The two things the guard reads from Nest's context: the request headers and the response. */
function contextWith(headers: Record<string, string>): { context: ExecutionContext; sent: Record<string, string> } {
  const sent: Record<string, string> = {};
  const http = {
    getRequest: () => ({ headers }),
    getResponse: () => ({ setHeader: (name: string, value: string) => (sent[name] = value) }),
  };
  return { context: { switchToHttp: () => http } as unknown as ExecutionContext, sent };
}

describe('ControlTokenGuard', () => {
  it('lets the configured bearer token through', () => {
    assert.equal(new ControlTokenGuard(TOKEN).canActivate(contextWith({ authorization: `Bearer ${TOKEN}` }).context), true);
    assert.equal(new ControlTokenGuard(TOKEN).canActivate(contextWith({ authorization: `bearer ${TOKEN}` }).context), true);
  });

  it('answers 401 with a Bearer challenge to a missing, wrong, truncated or differently-schemed token', () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, 'Bearer ', `Basic ${TOKEN}`, TOKEN]) {
      const { context, sent } = contextWith(authorization === undefined ? {} : { authorization });
      assert.throws(() => new ControlTokenGuard(TOKEN).canActivate(context), UnauthorizedException, String(authorization));
      assert.equal(sent['WWW-Authenticate'], 'Bearer');
    }
  });

  it('refuses everything (403) when no token is configured, whatever the request carries', () => {
    for (const headers of [{}, { authorization: 'Bearer ' }, { authorization: `Bearer ${TOKEN}` }] as Record<string, string>[]) {
      assert.throws(() => new ControlTokenGuard(undefined).canActivate(contextWith(headers).context), ForbiddenException);
    }
  });

  it('compares digests, so tokens of any length compare without throwing', () => {
    assert.equal(tokenMatches('a', 'a'), true);
    assert.equal(tokenMatches('a', 'a'.repeat(1000)), false);
  });
});

describe('CONTROL_TOKEN validation', () => {
  it('treats unset and empty as "no token" and rejects short or unprintable tokens', () => {
    assert.equal(controlTokenVar.parse(undefined), undefined);
    assert.equal(controlTokenVar.parse(''), undefined);
    assert.equal(controlTokenVar.parse(TOKEN), TOKEN);
    assert.equal(controlTokenVar.safeParse('short').success, false);
    assert.equal(controlTokenVar.safeParse(`${TOKEN} with spaces`).success, false);
    assert.equal(controlTokenVar.safeParse(`${TOKEN}é`).success, false);
  });
});
