import { createHash, timingSafeEqual } from 'node:crypto';
import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { z } from 'zod';

/** Injection token for the configured control token (`undefined` when none is set). */
export const CONTROL_TOKEN = Symbol('CONTROL_TOKEN');

/**
 * `CONTROL_TOKEN`: the bearer token state-changing endpoints require. Long and printable so that it can
 * neither be guessed nor break the header; unset or empty means those endpoints refuse every request.
 */
export const controlTokenVar = z
  .string()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(
    z
      .string()
      .min(32, 'at least 32 characters (e.g. `openssl rand -hex 32`)')
      .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
      .optional(),
  );

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Constant-time comparison: digests have equal lengths, so neither length nor content leaks through timing. */
export function tokenMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

interface HeaderRequest {
  headers: Record<string, string | string[] | undefined>;
}
interface HeaderResponse {
  setHeader(name: string, value: string): unknown;
}

/**
 * Guards control endpoints (`@UseGuards(ControlTokenGuard)`): `Authorization: Bearer <CONTROL_TOKEN>` or
 * 401. Without a configured token the endpoints are refused (403), never open. A browser cannot attach the
 * header to a cross-origin request without a CORS preflight, which the services never approve (no CORS), so
 * a hostile page cannot trigger them either.
 */
@Injectable()
export class ControlTokenGuard implements CanActivate {
  constructor(@Inject(CONTROL_TOKEN) private readonly token: string | undefined) {}

  canActivate(context: ExecutionContext): boolean {
    if (!this.token) throw new ForbiddenException('control endpoints are disabled: no CONTROL_TOKEN is configured');
    const header = context.switchToHttp().getRequest<HeaderRequest>().headers['authorization'];
    const presented = typeof header === 'string' ? /^Bearer ([\x21-\x7e]+)$/i.exec(header.trim())?.[1] : undefined;
    if (presented === undefined || !tokenMatches(presented, this.token)) {
      context.switchToHttp().getResponse<HeaderResponse>().setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException({
        statusCode: 401,
        message: 'a valid bearer token is required (Authorization: Bearer <CONTROL_TOKEN>)',
      });
    }
    return true;
  }
}
