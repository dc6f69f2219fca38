/*
 * Output identity of the cleaner and the enricher against a reference build (performance work must not
 * change what they produce): the same raw messages run through the per-message path (contract check, text
 * refusal, template learning in place, cleaning, article refusal, serialisation, enrichment, serialisation)
 * of this checkout and of the reference checkout's built libs, loaded side by side in one process; every
 * clean and enriched message must be byte-identical (the enriched message as each build's enricher writes its bytes). Inputs: samples/releases, ../shared/samples, the
 * ReliefWeb corpus, the article-extraction HTML pages (each set one source, so templates are learned
 * across it) and generated releases as bench:pipeline makes them (four sources).
 *
 *   node tests/dist/bench/output-identity.js --reference /path/to/main-checkout [--generated N]
 */
import { createHash } from 'node:crypto';
import { buildRawRelease } from '@presswatch/fetching';
import * as own from '@presswatch/release-processing';
import { numberOption, parseArgs } from './bench-util.js';
import { inputSets } from './identity-inputs.js';
import { enrichedMessage, referenceStages, type StageFunctions } from './stage-path.js';

/** Each message's clean and enriched bytes (or the refusal), as the stages would publish them. */
function run(processing: StageFunctions, source: string, messages: readonly Buffer[]): string[] {
  const template = processing.emptyTemplate();
  return messages
    .map((value) => {
      const raw = processing.readRawRelease(value);
      const refused = processing.rawReleaseRefusal(raw);
      if (refused !== null) return `raw refused: ${refused}`;
      const clean = JSON.stringify(processing.learnAndClean(raw, template));
      const parsed = processing.readCleanRelease(Buffer.from(clean));
      const notArticle = processing.cleanReleaseRefusal(parsed);
      if (notArticle !== null) return `${clean}\nclean refused: ${notArticle}`;
      const enriched = enrichedMessage(processing, processing.enrichRelease(parsed), Buffer.from(clean));
      const text = enriched.toString('utf8');
      // Compared as text below: equal text is equal bytes only for bytes that are valid UTF-8.
      if (!Buffer.from(text, 'utf8').equals(enriched)) return `${clean}\nenriched message is not valid UTF-8`;
      return `${clean}\n${text}`;
    })
    .concat(JSON.stringify(template))
    .map((out) => `${source}\n${out}`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['--reference', '--generated']);
  const reference = args.values.get('--reference');
  if (reference === undefined) throw new Error('--reference CHECKOUT (a built checkout of the reference code, e.g. main) is required');
  const theirs = await referenceStages(reference);
  const fetchedAt = new Date('2024-06-01T00:00:00Z');
  let releases = 0;
  let differing = 0;
  const digest = createHash('sha256');
  for (const set of inputSets(numberOption(args, '--generated') ?? 2000)) {
    const messages = set.bodies.map(({ location, body }) =>
      Buffer.from(JSON.stringify(buildRawRelease({ source: set.name, location, url: null, body, fetchedAt }))),
    );
    const mine = run(own, set.name, messages);
    const ref = run(theirs, set.name, messages);
    let setDiffering = 0;
    mine.forEach((out, index) => {
      digest.update(out);
      if (out === ref[index]) return;
      setDiffering++;
      if (differing + setDiffering <= 3) {
        const at = [...out].findIndex((char, k) => char !== ref[index]?.[k]);
        const what = index < set.bodies.length ? set.bodies[index]?.location : 'the learned template';
        console.log(
          `DIFFERS ${set.name} ${what} at ${at}:\n  this: ${out.slice(Math.max(0, at - 80), at + 120)}\n  ref:  ${ref[index]?.slice(Math.max(0, at - 80), at + 120)}`,
        );
      }
    });
    console.log(`${set.name}: ${messages.length} releases, ${setDiffering} outputs differ`);
    releases += messages.length;
    differing += setDiffering;
  }
  console.log(
    `${releases} releases, ${differing} differing outputs; sha256 of this checkout's outputs ${digest.digest('hex').slice(0, 16)}`,
  );
  return differing === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
