/*
 * How many real releases the cleaner's quality decisions refuse (must be none), how close the real ones
 * come to each threshold, and what the hostile inputs get: the measurement behind the "not text" and
 * "no article text" dead letters.
 *
 *   node tests/dist/bench/release-quality.bench.js [--shared DIR] [--wcxb] [--max-refused N]
 *
 * Sets: samples/releases (always), and from ../shared when present: samples/, the ReliefWeb corpus (939
 * reports, plain text), the Zyte article benchmark (181 HTML pages), and with --wcxb the 1,497 WCXB pages
 * by page type (informative). --max-refused gates the release sets (all but WCXB and the hostile inputs,
 * which must all be refused), as npm test does with 0.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeText } from '@presswatch/fetching';
import {
  MIN_ARTICLE_LETTERS,
  MIN_WORD_LETTER_SHARE,
  articleSignals,
  characterProfile,
  cleanText,
  notArticleReason,
  notTextReason,
} from '@presswatch/text-cleaning';
import { numberOption, parseArgs, REPO_ROOT, table } from './bench-util.js';

interface Input {
  set: string;
  name: string;
  body: string;
}

interface Judged {
  refusal: string | null;
  controlShare: number;
  articleLetters: number;
  wordLetterShare: number | null;
  cpuMs: number;
}

/** Sets the gate counts: real releases. WCXB is informative (its article pages include ones the extractor empties). */
const isGated = (set: string): boolean => !set.startsWith('hostile') && !set.startsWith('wcxb');

function readFolder(set: string, dir: string, gzipped = false): Input[] {
  return readdirSync(dir)
    .filter((name) => /\.(txt|html?)(\.gz)?$/.test(name))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { set, name, body: decodeText(gzipped ? gunzipSync(bytes) : bytes) };
    });
}

/** Deterministic bytes (a linear congruential generator), so the hostile set is the same every run. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = (state >> 16) & 0xff;
  }
  return bytes;
}

function hostileInputs(): Input[] {
  const nav = (title: string, items: string[], footer: string) =>
    `<html><head><title>${title}</title></head><body><nav><ul>${items.map((item) => `<li><a href="#">${item}</a></li>`).join('')}</ul></nav><footer><p>${footer}</p></footer></body></html>`;
  return [
    ...[1, 2, 3].map((seed) => ({
      set: 'hostile',
      name: `20 KB random binary #${seed}`,
      body: decodeText(pseudoRandomBytes(20_000, seed)),
    })),
    { set: 'hostile', name: 'base64 blob', body: pseudoRandomBytes(15_000, 9).toString('base64') },
    {
      set: 'hostile',
      name: '100,000 nested divs',
      body: `<html><body>${'<div>'.repeat(100_000)}Hello world${'</div>'.repeat(100_000)}</body></html>`,
    },
    {
      set: 'hostile',
      name: 'navigation only (en)',
      body: nav(
        '© 2024 All rights reserved',
        ['Home', 'About us', 'News', 'Contact'],
        '© 2024 All rights reserved | Privacy policy | Terms of use',
      ),
    },
    {
      set: 'hostile',
      name: 'navigation only (fr)',
      body: nav(
        'Accueil',
        ['Accueil', 'Qui sommes-nous', 'Actualités', 'Nous contacter'],
        '© 2024 OIM. Tous droits réservés. Mentions légales',
      ),
    },
    {
      set: 'hostile',
      name: 'navigation only (es)',
      body: nav('Inicio', ['Inicio', 'Quiénes somos', 'Noticias', 'Contacto'], '© 2024 Todos los derechos reservados · Aviso legal'),
    },
  ];
}

function judge(input: Input): Judged {
  const before = process.cpuUsage();
  const profile = characterProfile(input.body);
  let refusal = notTextReason(input.body);
  let signals = { articleLetters: 0, wordLetterShare: null as number | null };
  if (refusal === null) {
    const cleaned = cleanText(input.body);
    refusal = notArticleReason(cleaned);
    signals = articleSignals(cleaned);
  }
  const cpu = process.cpuUsage(before);
  return { refusal, controlShare: profile.controls / Math.max(1, profile.chars), ...signals, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--shared', '--max-refused']);
  const shared = args.values.get('--shared') ?? join(REPO_ROOT, '..', 'shared');
  const maxRefused = numberOption(args, '--max-refused');
  const inputs: Input[] = [...readFolder('samples/releases', join(REPO_ROOT, 'samples', 'releases'))];
  const missing: string[] = [];
  const optional = (path: string, load: () => Input[]) => (existsSync(path) ? inputs.push(...load()) : missing.push(path));
  optional(join(shared, 'samples'), () =>
    readdirSync(join(shared, 'samples')).flatMap((dir) => readFolder('shared samples', join(shared, 'samples', dir))),
  );
  optional(join(shared, 'corpus', 'reliefweb-2017-12-sample.jsonl'), () =>
    readFileSync(join(shared, 'corpus', 'reliefweb-2017-12-sample.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; text: string })
      .map((report) => ({ set: 'reliefweb corpus', name: report.id, body: report.text })),
  );
  optional(join(shared, 'bench', 'article-extraction', 'html'), () =>
    readFolder('zyte articles (html)', join(shared, 'bench', 'article-extraction', 'html'), true),
  );
  if (args.flags.has('--wcxb')) {
    const types = JSON.parse(readFileSync(join(shared, 'bench', 'wcxb-dev', 'metadata.json'), 'utf8')) as {
      files: Record<string, { page_type?: string }>;
    };
    const typeOf = (name: string) => types.files[name.replace(/\.html\.gz$/, '')]?.page_type ?? 'unlabelled';
    inputs.push(
      ...readFolder('wcxb', join(shared, 'bench', 'wcxb-dev', 'html'), true).map((input) => ({
        ...input,
        set: `wcxb ${typeOf(input.name)}`,
      })),
    );
  }
  inputs.push(...hostileInputs());

  const judged = inputs.map((input) => ({ input, result: judge(input) }));
  const sets = [...new Set(inputs.map((input) => input.set))];
  const rows = [['set', 'items', 'refused', 'by kind', 'min letters', 'min word share', 'max control', 'CPU ms/item']];
  for (const set of sets) {
    const of = judged.filter((entry) => entry.input.set === set);
    const kept = of.filter((entry) => entry.result.refusal === null).map((entry) => entry.result);
    const kinds = new Map<string, number>();
    for (const entry of of)
      if (entry.result.refusal) kinds.set(entry.result.refusal.split(':')[0]!, (kinds.get(entry.result.refusal.split(':')[0]!) ?? 0) + 1);
    const shares = kept.map((result) => result.wordLetterShare).filter((share): share is number => share !== null);
    rows.push([
      set,
      String(of.length),
      String(of.length - kept.length),
      [...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ') || '-',
      kept.length ? String(Math.min(...kept.map((result) => result.articleLetters))) : '-',
      shares.length ? Math.min(...shares).toFixed(2) : '-',
      `${(100 * Math.max(...of.map((entry) => entry.result.controlShare))).toFixed(1)}%`,
      (of.reduce((sum, entry) => sum + entry.result.cpuMs, 0) / of.length).toFixed(1),
    ]);
  }
  process.stdout.write(
    `Release quality: refusals per set (thresholds: ${MIN_ARTICLE_LETTERS} letters of article text, word share ${MIN_WORD_LETTER_SHARE} when no language)\n\n${table(rows)}\n`,
  );
  process.stdout.write('\n"min letters" counts letters outside site furniture, up to the whole text, over the releases kept.\n');
  process.stdout.write(
    `\nHostile inputs:\n${judged
      .filter((entry) => entry.input.set === 'hostile')
      .map((entry) => `  ${entry.input.name}: ${entry.result.refusal ?? 'KEPT'}`)
      .join('\n')}\n`,
  );
  const refusedReleases = judged.filter((entry) => isGated(entry.input.set) && entry.result.refusal !== null);
  for (const entry of refusedReleases.slice(0, 20))
    process.stdout.write(`  refused release ${entry.input.set}/${entry.input.name}: ${entry.result.refusal}\n`);
  if (missing.length > 0) process.stdout.write(`\nnot measured (missing): ${missing.join(', ')}\n`);
  const keptHostile = judged.filter((entry) => entry.input.set === 'hostile' && entry.result.refusal === null);
  if (maxRefused !== null && (refusedReleases.length > maxRefused || keptHostile.length > 0)) {
    process.stderr.write(
      `release quality gate failed: ${refusedReleases.length} real releases refused (at most ${maxRefused}), ${keptHostile.length} hostile inputs kept\n`,
    );
    process.exitCode = 1;
  }
}

main();
