/*
 * The cleaner's and the enricher's per-message path as the services run it, in one process and without
 * Kafka: a raw release's JSON bytes are parsed and checked against the contract and the text check,
 * learned into its source's template (in place) and cleaned from one preparation of the body, checked
 * for article text, serialised; the clean bytes are parsed and checked, enriched, serialised. Each source's template is serialised once per
 * batch, as the cleaner stores it before committing. Left out: the Kafka client (fetch, decompression,
 * produce, gzip), the Nest transport, the database write of the templates, metrics and logs.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CleanRelease, EnrichedRelease } from '@presswatch/contracts';
import { buildRawRelease } from '@presswatch/fetching';
import * as releaseProcessing from '@presswatch/release-processing';
import type { SourceTemplate } from '@presswatch/release-processing';
import type { GeneratedRelease } from '../support/release-generator.js';
import { cpuMs } from './bench-util.js';

export interface StagePathFigures {
  releases: number;
  /** CPU milliseconds per release of each step (user + system of this process). */
  cleanerMs: number;
  enricherMs: number;
  wallSeconds: number;
}

/** Raw release messages as the fetcher publishes them (JSON bytes), for the generated releases. */
export function rawMessages(releases: readonly GeneratedRelease[], fetchedAt = new Date('2024-06-01T00:00:00Z')): Buffer[] {
  return releases.map((release) =>
    Buffer.from(
      JSON.stringify(buildRawRelease({ source: release.source.name, location: release.file, url: null, body: release.body, fetchedAt })),
    ),
  );
}

/** The stage functions the path calls: this checkout's, or a reference build's (stage-path.bench --reference). */
export type StageFunctions = Pick<
  typeof releaseProcessing,
  'readRawRelease' | 'rawReleaseRefusal' | 'emptyTemplate' | 'learnAndClean' | 'cleanReleaseRefusal' | 'readCleanRelease' | 'enrichRelease'
> &
  // Builds before round 12 have no enrichedMessageValue: their enricher wrote JSON.stringify(enriched).
  Partial<Pick<typeof releaseProcessing, 'enrichedMessageValue'>>;

/** The enricher's output message as a build writes it. */
export function enrichedMessage(stages: StageFunctions, enriched: EnrichedRelease, cleanMessage: Buffer): Buffer {
  return stages.enrichedMessageValue?.(enriched, cleanMessage) ?? Buffer.from(JSON.stringify(enriched), 'utf8');
}

/**
 * The cleaner's per-message work on one raw message: read and checked, learned into its source's template
 * (made on first use) and cleaned; a generated release the cleaner refuses is a broken bench, so it throws.
 */
export function cleanMessage(stages: StageFunctions, templates: Map<string, SourceTemplate>, value: Buffer): CleanRelease {
  const raw = stages.readRawRelease(value);
  if (stages.rawReleaseRefusal(raw)) throw new Error(`generated release refused: ${raw.id}`);
  let template = templates.get(raw.source);
  if (!template) templates.set(raw.source, (template = stages.emptyTemplate()));
  const clean = stages.learnAndClean(raw, template);
  if (stages.cleanReleaseRefusal(clean)) throw new Error(`generated release refused after cleaning: ${raw.id}`);
  return clean;
}

/** Runs the path over the messages once, in batches of `batchSize` (the services' default 200). */
export function runStagePath(messages: readonly Buffer[], batchSize = 200, stages: StageFunctions = releaseProcessing): StagePathFigures {
  const { cleanReleaseRefusal, enrichRelease, readCleanRelease } = stages;
  const templates = new Map<string, SourceTemplate>();
  const began = performance.now();
  let cleanerMs = 0;
  let enricherMs = 0;
  for (let start = 0; start < messages.length; start += batchSize) {
    const batch = messages.slice(start, start + batchSize);
    let t0 = cpuMs();
    const touched = new Set<string>();
    const cleaned = batch.map((value) => {
      const clean = cleanMessage(stages, templates, value);
      touched.add(clean.source);
      return Buffer.from(JSON.stringify(clean));
    });
    for (const source of touched) JSON.stringify(templates.get(source));
    let t1 = cpuMs();
    cleanerMs += t1 - t0;
    t0 = t1;
    for (const value of cleaned) {
      const clean = readCleanRelease(value);
      if (cleanReleaseRefusal(clean)) throw new Error(`clean release refused: ${clean.id}`);
      enrichedMessage(stages, enrichRelease(clean), value);
    }
    t1 = cpuMs();
    enricherMs += t1 - t0;
  }
  const count = Math.max(messages.length, 1);
  return {
    releases: messages.length,
    cleanerMs: cleanerMs / count,
    enricherMs: enricherMs / count,
    wallSeconds: (performance.now() - began) / 1000,
  };
}

/** The stage functions of another checkout's build (its libs' dist folders, resolved through its own node_modules). */
export async function referenceStages(checkout: string): Promise<StageFunctions> {
  const entry = join(resolve(checkout), 'libs', 'release-processing', 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error(`${entry} not found: build the reference checkout first`);
  return (await import(pathToFileURL(entry).href)) as StageFunctions;
}
