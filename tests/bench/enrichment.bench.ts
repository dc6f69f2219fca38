/*
 * Enrichment benchmark: quality of countries, primary country, themes and organisations against
 * the hand-labelled set in tests/eval/enrichment (ReliefWeb corpus reports + the sample releases),
 * and single-thread throughput of the cleaner's and enricher's per-message path (stage-path.ts: the
 * contracts, template learning, cleaning, enrichment and serialisation the services run, without Kafka)
 * on generated ~4 KB releases with unique text in four sources (release-generator.ts), as bench:pipeline.
 *
 *   node tests/dist/bench/enrichment.bench.js [CORPUS_FILE] [--releases N] [--no-throughput] [--errors]
 *        [--set eval|train] [--split dev|heldout|all] [--details] [--json]
 *
 * Corpus items are skipped (and the output says so) when the corpus file is absent; the sample
 * releases are always scored. The labelled set is split once into a dev and a held-out half
 * (`assignSplits`); the table always shows both split rows. `--split` restricts the per-language /
 * per-source rows and the error output to one half (default all). `--errors` tallies false
 * positives/negatives per country code, theme and organisation (error classes). `--details`
 * prints per-document differences and is only allowed with `--split dev`, so that held-out
 * documents are never inspected while rules are being tuned.
 *
 * `--set train` scores the training labels instead (train.json: further corpus reports chosen by
 * the same rule), where `--details` is always allowed. On the eval set, when second-pass.json is
 * present, the bench also prints how far an independent second labeller agrees with labels.json:
 * the human reference the enricher's figures should be read against.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EnrichedRelease, RawRelease } from '@presswatch/contracts';
import { cleanRelease, enrichRelease } from '@presswatch/release-processing';
import {
  DEFAULT_CORPUS_FILE,
  labelKey,
  labelledRelease,
  loadCorpus,
  loadLabels,
  loadSecondPass,
  SECOND_PASS_FILE,
  TRAIN_FILE,
  type Label,
} from '../eval/enrichment/labels.js';
import { ReleaseGenerator, benchSources, loadTrainingText } from '../support/release-generator.js';
import { numberOption, parseArgs, table } from './bench-util.js';
import { rawMessages, runStagePath, type StagePathFigures } from './stage-path.js';
import { addCounts, assignSplits, compareSets, emptyCounts, prf, type Counts, type Split } from './enrichment-score.js';

const SOURCE = 'bench:enrichment';
/** Releases run through the path before timing (JIT, caches), not counted. */
const WARM_UP = 300;

function process1(raw: RawRelease): EnrichedRelease {
  return enrichRelease(cleanRelease(raw));
}

interface Group {
  docs: number;
  countries: Counts;
  themes: Counts;
  orgs: Counts;
  primaryLabelled: number;
  primaryCorrect: number;
}

function emptyGroup(): Group {
  return { docs: 0, countries: emptyCounts(), themes: emptyCounts(), orgs: emptyCounts(), primaryLabelled: 0, primaryCorrect: 0 };
}

interface Scored {
  groups: Map<string, Group>;
  errors: { countries: Map<string, Counts>; themes: Map<string, Counts>; orgs: Map<string, Counts>; primary: Map<string, number> };
  primaryWhenNone: number;
  labelsWithoutPrimary: number;
}

/** Canonical organisation ids only: generic "ORG:..." and "MINISTRY:..." names are not labelled. */
function canonicalOrgs(e: EnrichedRelease): string[] {
  return e.organizations.map((o) => o.id).filter((id) => !id.includes(':'));
}

interface Output {
  label: Label;
  split: Split;
  out: EnrichedRelease;
}

/** `selected` limits the language/source rows and the error tallies to one split (null: both). */
function score(items: readonly Output[], selected: Split | null): Scored {
  const groups = new Map<string, Group>();
  const errors = { countries: new Map<string, Counts>(), themes: new Map<string, Counts>(), orgs: new Map<string, Counts>(), primary: new Map<string, number>() };
  let primaryWhenNone = 0;
  let labelsWithoutPrimary = 0;
  for (const { label, split, out } of items) {
    const predictedPrimary = out.countries.find((c) => c.role === 'primary')?.code ?? null;
    const inSelection = selected === null || split === selected;
    const names = inSelection ? ['all', split, `${selectedName(selected)}:${label.language}`, `${selectedName(selected)}:${label.source}`] : ['all', split];
    for (const name of names) {
      const g = groups.get(name) ?? emptyGroup();
      groups.set(name, g);
      const track = name === (selected ?? 'all');
      g.docs++;
      compareSets(g.countries, out.countries.map((c) => c.code), label.countries, track ? errors.countries : undefined);
      compareSets(g.themes, out.themes.map((t) => t.id), label.themes, track ? errors.themes : undefined);
      compareSets(g.orgs, canonicalOrgs(out), label.organizations, track ? errors.orgs : undefined);
      if (label.primaryCountry !== null) {
        g.primaryLabelled++;
        if (predictedPrimary === label.primaryCountry) g.primaryCorrect++;
        else if (track) {
          const k = `${label.primaryCountry} -> ${predictedPrimary ?? 'none'}`;
          errors.primary.set(k, (errors.primary.get(k) ?? 0) + 1);
        }
      }
    }
    if (label.primaryCountry === null && inSelection) {
      labelsWithoutPrimary++;
      if (predictedPrimary !== null) primaryWhenNone++;
    }
  }
  return { groups, errors, primaryWhenNone, labelsWithoutPrimary };
}

function selectedName(selected: Split | null): string {
  return selected ?? 'all';
}

function f3(x: number): string {
  return x.toFixed(3);
}

/** Per-document differences (dev only: see the header). */
function details(items: readonly Output[]): string[] {
  const out: string[] = [];
  const diff = (pred: readonly string[], exp: readonly string[]): string => {
    const p = new Set(pred);
    const e = new Set(exp);
    return [...[...p].filter((x) => !e.has(x)).map((x) => `+${x}`), ...[...e].filter((x) => !p.has(x)).map((x) => `-${x}`)].join(' ');
  };
  for (const { label, out: o } of items) {
    const primary = o.countries.find((c) => c.role === 'primary')?.code ?? null;
    const parts: string[] = [];
    const c = diff(o.countries.map((x) => x.code), label.countries);
    if (c !== '') parts.push(`countries ${c}`);
    if (label.primaryCountry !== null && primary !== label.primaryCountry) parts.push(`primary ${label.primaryCountry} -> ${primary ?? 'none'}`);
    const t = diff(o.themes.map((x) => x.id), label.themes);
    if (t !== '') parts.push(`themes ${t} [${o.themes.map((x) => `${x.id}:${x.score}`).join(' ')}]`);
    if (parts.length > 0) out.push(`  ${labelKey(label)} (${label.language}) title=${JSON.stringify((o.title ?? '').slice(0, 80))}`, ...parts.map((p) => `    ${p}`));
  }
  return out;
}

/**
 * Inter-annotator agreement: the blind second labeller's themes and primary country against
 * labels.json, next to the enricher's, on the same releases.
 */
function agreement(items: readonly Output[]): string[] {
  const second = new Map(loadSecondPass().map((s) => [s.key, s]));
  const human = emptyCounts();
  const machineVsSecond = emptyCounts();
  let primaryLabelled = 0;
  let primaryAgree = 0;
  for (const { label, out } of items) {
    const s = second.get(labelKey(label));
    if (s === undefined) continue;
    compareSets(human, s.themes, label.themes);
    compareSets(machineVsSecond, out.themes.map((t) => t.id), s.themes);
    if (label.primaryCountry !== null) {
      primaryLabelled++;
      if (s.primaryCountry === label.primaryCountry) primaryAgree++;
    }
  }
  const h = prf(human);
  const m = prf(machineVsSecond);
  return [
    'inter-annotator agreement (blind second labeller, second-pass.json):',
    `  themes, second labeller vs labels.json: P ${f3(h.precision)} R ${f3(h.recall)} F1 ${f3(h.f1)}`,
    `  themes, enricher vs second labeller:    P ${f3(m.precision)} R ${f3(m.recall)} F1 ${f3(m.f1)}`,
    `  primary country, second labeller agrees with labels.json: ${primaryAgree}/${primaryLabelled} (${f3(primaryLabelled === 0 ? 0 : primaryAgree / primaryLabelled)})`,
  ];
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['--releases', '--split', '--set']);
  const corpusFile = resolve(args.positional[0] ?? DEFAULT_CORPUS_FILE);
  const throughputReleases = numberOption(args, '--releases') ?? 3000;
  const json = args.flags.has('--json');
  const splitArg = args.values.get('--split') ?? 'all';
  if (splitArg !== 'dev' && splitArg !== 'heldout' && splitArg !== 'all') throw new Error(`--split expects dev, heldout or all, got "${splitArg}"`);
  const selected: Split | null = splitArg === 'all' ? null : splitArg;
  const set = args.values.get('--set') ?? 'eval';
  if (set !== 'eval' && set !== 'train') throw new Error(`--set expects eval or train, got "${set}"`);
  if (set === 'train' && selected !== null) throw new Error('--split applies to the eval set only');
  if (args.flags.has('--details') && set === 'eval' && selected !== 'dev') throw new Error('--details is only allowed with --split dev (or --set train)');
  const labels = loadLabels(set === 'train' ? TRAIN_FILE : undefined);
  const corpus = loadCorpus(corpusFile);
  const corpusTexts = new Map((corpus ?? []).map((c) => [c.id, c.text]));

  const splits: Split[] = set === 'train' ? labels.map(() => 'train') : assignSplits(labels);
  const outputs: Output[] = [];
  let skipped = 0;
  for (const [i, label] of labels.entries()) {
    const raw = labelledRelease(label, corpusTexts, SOURCE);
    if (raw === null) {
      skipped++;
      continue;
    }
    outputs.push({ label, split: splits[i] ?? 'dev', out: process1(raw) });
  }
  const scored = score(outputs, selected);

  let throughput: (StagePathFigures & { bytes: number; training: string; perCpuSecond: number }) | null = null;
  if (!args.flags.has('--no-throughput')) {
    const training = loadTrainingText(corpusFile);
    const generator = new ReleaseGenerator(training.paragraphs);
    const releases = [...generator.releases(benchSources(4), WARM_UP + throughputReleases)];
    const messages = rawMessages(releases);
    runStagePath(messages.slice(0, WARM_UP)); // JIT and caches
    const timed = messages.slice(WARM_UP);
    const figures = runStagePath(timed);
    const bytes = releases.slice(WARM_UP).reduce((n, release) => n + Buffer.byteLength(release.body), 0) / timed.length;
    throughput = { ...figures, bytes, training: training.from, perCpuSecond: 1000 / (figures.cleanerMs + figures.enricherMs) };
  }

  const g = (name: string): Group => scored.groups.get(name) ?? emptyGroup();
  if (json) {
    const groups = Object.fromEntries(
      [...scored.groups].map(([k, v]) => [
        k,
        { docs: v.docs, countries: prf(v.countries), primaryAccuracy: v.primaryLabelled === 0 ? null : v.primaryCorrect / v.primaryLabelled, themes: prf(v.themes), organizations: prf(v.orgs) },
      ]),
    );
    process.stdout.write(`${JSON.stringify({ corpusFile, corpusPresent: corpus !== null, skipped, split: splitArg, groups, throughput }, null, 2)}\n`);
    return;
  }

  const lines: string[] = [];
  if (corpus === null) lines.push(`corpus not found at ${corpusFile}: ${skipped} corpus items skipped, scoring the samples only`);
  else lines.push(`corpus: ${corpusFile}`);
  lines.push(`labelled releases scored: ${outputs.length} (${skipped} skipped)`, '');
  const rows = [['set', 'docs', 'country P', 'country R', 'country F1', 'primary acc', 'theme P', 'theme R', 'theme F1', 'org P', 'org R', 'org F1']];
  const sel = selectedName(selected);
  for (const name of ['all', 'dev', 'heldout', ...['fr', 'en', 'es', 'corpus', 'samples'].map((n) => `${sel}:${n}`)]) {
    const v = scored.groups.get(name);
    if (v === undefined) continue;
    const c = prf(v.countries);
    const t = prf(v.themes);
    const o = prf(v.orgs);
    const acc = v.primaryLabelled === 0 ? '-' : `${f3(v.primaryCorrect / v.primaryLabelled)} (${v.primaryCorrect}/${v.primaryLabelled})`;
    rows.push([name, String(v.docs), f3(c.precision), f3(c.recall), f3(c.f1), acc, f3(t.precision), f3(t.recall), f3(t.f1), f3(o.precision), f3(o.recall), f3(o.f1)]);
  }
  lines.push(table(rows), '');
  if (set === 'train') lines.push(`training set: ${TRAIN_FILE}`);
  else lines.push(`split: dev = even, held-out = odd positions in labels.json within each source/language; rows "${sel}:*" and the lines below cover ${sel}`);
  lines.push(`labels without a primary country: ${scored.labelsWithoutPrimary} (the enricher named one for ${scored.primaryWhenNone}; not counted in accuracy)`);
  const all = g('all');
  const goals = [
    ['country F1 >= 0.95', prf(all.countries).f1 >= 0.95],
    ['primary accuracy >= 0.95', all.primaryLabelled > 0 && all.primaryCorrect / all.primaryLabelled >= 0.95],
    ['theme F1 >= 0.85', prf(all.themes).f1 >= 0.85],
  ] as const;
  if (throughput !== null) {
    const t = throughput;
    lines.push(
      '',
      `throughput, single thread, the services' per-message path (tests/bench/stage-path.ts; Kafka, the transport and the template's database write left out),`,
      `${t.releases} generated releases in 4 sources (mean ${Math.round(t.bytes)} bytes, articles trained on ${t.training}):`,
      `  clean+enrich: ${Math.round(t.perCpuSecond)} releases per CPU-second, ${(t.cleanerMs + t.enricherMs).toFixed(3)} ms CPU per release (${(t.releases / t.wallSeconds).toFixed(0)} releases/s wall)`,
      `  cleaner step: ${t.cleanerMs.toFixed(3)} ms, enricher step: ${t.enricherMs.toFixed(3)} ms CPU per release (compare bench:pipeline's cleaner and enricher)`,
    );
  }
  lines.push('', 'goals:');
  for (const [name, ok] of goals) lines.push(`  ${ok ? 'met    ' : 'NOT met'} ${name}`);
  if (throughput !== null) lines.push(`  ${throughput.perCpuSecond >= 500 ? 'met    ' : 'NOT met'} clean+enrich >= 500 releases/s on one core`);

  if (args.flags.has('--errors')) {
    const fmt = (m: Map<string, Counts>): string =>
      [...m]
        .filter(([, c]) => c.fp + c.fn > 0)
        .sort((a, b) => b[1].fp + b[1].fn - (a[1].fp + a[1].fn))
        .map(([k, c]) => `${k} +${c.fp}/-${c.fn}`)
        .join(', ');
    const total = (m: Map<string, Counts>): Counts => [...m.values()].reduce(addCounts, emptyCounts());
    lines.push('', 'error classes (value +false positives/-false negatives):');
    lines.push(`  countries (${total(scored.errors.countries).fp}/${total(scored.errors.countries).fn}): ${fmt(scored.errors.countries)}`);
    lines.push(`  themes (${total(scored.errors.themes).fp}/${total(scored.errors.themes).fn}): ${fmt(scored.errors.themes)}`);
    lines.push(`  organisations: ${fmt(scored.errors.orgs)}`);
    lines.push(`  primary (expected -> predicted): ${[...scored.errors.primary].map(([k, n]) => `${k}${n > 1 ? ` x${n}` : ''}`).join(', ')}`);
  }
  if (set === 'eval' && existsSync(SECOND_PASS_FILE)) lines.push('', ...agreement(outputs));
  if (args.flags.has('--details')) {
    const shown = set === 'train' ? outputs : outputs.filter((o) => o.split === 'dev');
    lines.push('', `${set === 'train' ? 'training' : 'dev'} documents with differences:`, ...details(shown));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
