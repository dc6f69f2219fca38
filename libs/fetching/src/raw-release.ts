import { hash } from 'node:crypto';
import { SCHEMA_VERSION, type RawRelease } from '@presswatch/contracts';
import { rememberBodyBytes } from './release-message.js';

/** Of the text's UTF-8 encoding, or of bytes that are it. One-shot `hash`: no Hash object per call. */
export const sha256Hex = (text: string | Uint8Array): string => hash('sha256', text, 'hex');

/** Same source and location → same id, so a refetch updates the release instead of duplicating it. */
export function releaseId(source: string, location: string): string {
  return sha256Hex(`${source}\n${location}`).slice(0, 32);
}

export interface RawReleaseInput {
  source: string;
  /** URL of the page, or the path of a local file. */
  location: string;
  url: string | null;
  body: string;
  /** The body's exact UTF-8 encoding, when at hand (a file read as UTF-8): hashed, and its message written, from these bytes. */
  bodyUtf8?: Uint8Array;
  fetchedAt: Date;
  contentType?: string;
}

export function buildRawRelease(input: RawReleaseInput): RawRelease {
  const release: RawRelease = {
    schemaVersion: SCHEMA_VERSION,
    id: releaseId(input.source, input.location),
    source: input.source,
    url: input.url,
    fetchedAt: input.fetchedAt.toISOString(),
    contentType: input.contentType ?? sniffContentType(input.body),
    body: input.body,
    contentHash: sha256Hex(input.bodyUtf8 ?? input.body),
  };
  // Its message is then written from these bytes too (releaseMessageValue).
  if (input.bodyUtf8) rememberBodyBytes(release, input.bodyUtf8);
  return release;
}

/** Decides by content, not by file extension: scraped dumps are often saved as .txt whatever they hold. */
export function sniffContentType(body: string): 'text/html' | 'text/plain' {
  const start = body.slice(0, 2048);
  // Every test below needs a `<`: most text files have none, and lower-casing 2 KB of text cost more than the rest.
  if (!start.includes('<')) return 'text/plain';
  const head = start.trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'text/html';
  const tags = head.match(/<\/?(p|div|body|head|title|meta|article|section|span|a|h[1-6])[\s>]/g);
  return tags !== null && tags.length >= 3 ? 'text/html' : 'text/plain';
}
