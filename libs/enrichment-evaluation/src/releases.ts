/* A labelled release's text, as the fetcher would publish it, wherever it lives. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION, type RawRelease } from '@presswatch/contracts';
import { IOM_SAMPLES_DIR, keySource, SAMPLES_DIR } from './labels.js';

/** A text as the fetcher would publish it, for the offline benches. */
export function rawRelease(id: string, body: string, contentType: string, source: string): RawRelease {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    source,
    url: null,
    fetchedAt: '2017-12-31T00:00:00.000Z',
    contentType,
    body,
    contentHash: '0'.repeat(64),
  };
}

/** Where the texts outside the repository come from (absent sources: null). */
export interface ReleaseTexts {
  /** Corpus id -> text (../shared/corpus). */
  readonly corpus: ReadonlyMap<string, string> | null;
  /** Synthetic id -> raw text (synthetic/releases.jsonl). */
  readonly synthetic: ReadonlyMap<string, string> | null;
  readonly samplesDir?: string;
  readonly iomDir?: string;
}

function fileText(dir: string, file: string): string | null {
  const path = join(dir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** The raw text behind a label key, or null when its source is absent here. */
export function releaseText(key: string, texts: ReleaseTexts): string | null {
  const name = key.slice(key.indexOf(':') + 1);
  switch (keySource(key)) {
    case 'corpus':
      return texts.corpus?.get(name) ?? null;
    case 'synthetic':
      return texts.synthetic?.get(name) ?? null;
    case 'samples':
      return fileText(texts.samplesDir ?? SAMPLES_DIR, name);
    case 'iom':
      return fileText(texts.iomDir ?? IOM_SAMPLES_DIR, name);
  }
}

/** The raw release behind a label key (HTML or plain text, decided by content), or null when its text is absent. */
export function labelledRelease(key: string, texts: ReleaseTexts, source: string): RawRelease | null {
  const text = releaseText(key, texts);
  if (text === null) return null;
  const html = /\.html?$/.test(key) || /^\s*</.test(text);
  return rawRelease(key.slice(key.indexOf(':') + 1), text, html ? 'text/html' : 'text/plain', source);
}
