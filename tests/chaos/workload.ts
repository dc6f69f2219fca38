import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawRelease } from '@presswatch/contracts';
import { buildRawRelease, decodeText, releaseId, sha256Hex } from '@presswatch/fetching';
import { ROOT } from '../support/environment.js';

/** A release the scenario expects indexed (good) or dead-lettered (hostile). */
export interface Expected {
  id: string;
  contentHash: string;
  hostile?: string;
}

const SYLLABLES = ['ba', 'ke', 'di', 'lo', 'mu', 'sa', 'te', 'vi', 'no', 'ru', 'ga', 'pe', 'zi', 'fo', 'hu', 'ja'];

/** A pronounceable tag unique to `n` (letters only: the cleaner's templates ignore digits). */
function tag(n: number): string {
  let word = '';
  for (let rest = n + SYLLABLES.length; rest > 0; rest = Math.floor(rest / SYLLABLES.length)) word += SYLLABLES[rest % SYLLABLES.length];
  return word;
}

/**
 * Texts the workload is made of: the reports of ../shared/corpus when `useCorpus` and it is there (real
 * text in three languages), else the project's own sample releases.
 */
export function baseTexts(useCorpus: boolean): { texts: string[]; from: string } {
  const corpus = join(ROOT, '..', 'shared', 'corpus', 'reliefweb-2017-12-sample.jsonl');
  if (useCorpus && existsSync(corpus)) {
    const texts = readFileSync(corpus, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    return { texts, from: `${texts.length} reports of ../shared/corpus` };
  }
  const samples = join(ROOT, 'samples', 'releases');
  const texts = readdirSync(samples)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => decodeText(readFileSync(join(samples, name))));
  return { texts, from: `${texts.length} releases of samples/releases` };
}

/**
 * `count` releases of one source, each unique: every line of the base text gets the release's own tag, so
 * no line recurs across releases (a recurring line would be learnt as the source's template and dropped,
 * which is right for navigation and wrong for a workload that reuses texts).
 */
export function uniqueReleases(source: string, count: number, texts: string[], first = 0): RawRelease[] {
  return Array.from({ length: count }, (_, position) => {
    const n = first + position;
    const marker = tag(n);
    const body = texts[n % texts.length]!.split('\n')
      .map((line) => (line.trim() === '' ? line : `${line} (${marker})`))
      .join('\n');
    return buildRawRelease({ source, location: `chaos/${n}.txt`, url: null, body, fetchedAt: new Date() });
  });
}

export const expectedOf = (release: RawRelease, hostile?: string): Expected => ({
  id: release.id,
  contentHash: release.contentHash,
  ...(hostile ? { hostile } : {}),
});

/** Writes releases as files of a folder source, as the fetcher will read them; returns what it will publish. */
export async function writeFolder(folder: string, source: string, count: number, texts: string[]): Promise<Expected[]> {
  await mkdir(folder, { recursive: true });
  return Promise.all(
    uniqueReleases(source, count, texts).map(async (release, position) => {
      const location = `${String(position).padStart(5, '0')}.txt`;
      await writeFile(join(folder, location), release.body);
      return { id: releaseId(source, location), contentHash: sha256Hex(release.body) };
    }),
  );
}

/** The hostile bodies of issue 12, as the fetcher would publish them (the folder fetcher's decoding). */
export function hostileReleases(source: string): { release: RawRelease; what: string }[] {
  const nav = [
    '<html><head><title>© 2024 All rights reserved</title></head><body>',
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact</a></li></ul></nav>',
    '<footer><p>© 2024 All rights reserved</p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></footer></body></html>',
  ].join('');
  const prose = 'Teams delivered water, shelter kits and medical supplies to families displaced by the floods in the valley. ';
  const bodies: { what: string; body: string }[] = [
    { what: '20 KB random binary', body: decodeText(randomBytes(20_000)) },
    // Over MAX_RELEASE_BYTES (2 MiB), under the release topics' 4 MiB record limit: the cleaner must refuse it unread.
    { what: '3 MB body', body: `Floods in the valley\n\n${prose.repeat(Math.ceil(3_000_000 / prose.length))}` },
    { what: '100,000 nested <div>s', body: `<html><body>${'<div>'.repeat(100_000)}Hello world${'</div>'.repeat(100_000)}</body></html>` },
    { what: 'navigation-only page', body: nav },
  ];
  return bodies.map(({ what, body }, position) => ({
    what,
    release: buildRawRelease({ source, location: `hostile/${position}`, url: null, body, fetchedAt: new Date() }),
  }));
}
