/*
 * The inputs of the output-identity checks (output-identity.ts, indexer-path-ab.bench.ts): samples/releases,
 * ../shared/samples, the article-extraction HTML pages, the ReliefWeb corpus and generated releases as
 * bench:pipeline makes them, each set one source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { REPO_ROOT } from './bench-util.js';
import { ReleaseGenerator, benchSources, loadTrainingText } from '../support/release-generator.js';

export interface InputSet {
  name: string;
  /** One source: the template is learned across the set in this order. */
  bodies: { location: string; body: string }[];
}

const SHARED = resolve(REPO_ROOT, '..', 'shared');

function filesOf(dir: string, read: (file: string) => string): { location: string; body: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => ({ location: join(dir, name), body: read(join(dir, name)) }));
}

export function inputSets(generated: number): InputSet[] {
  const text = (file: string): string => readFileSync(file, 'utf8');
  const sets: InputSet[] = [
    { name: 'samples/releases', bodies: filesOf(join(REPO_ROOT, 'samples', 'releases'), text) },
    { name: '../shared/samples', bodies: filesOf(join(SHARED, 'samples', 'iom-fr'), text) },
    {
      name: 'article-extraction html',
      bodies: filesOf(join(SHARED, 'bench', 'article-extraction', 'html'), (file) => gunzipSync(readFileSync(file)).toString('utf8')),
    },
  ];
  const corpus = join(SHARED, 'corpus', 'reliefweb-2017-12-sample.jsonl');
  if (existsSync(corpus)) {
    const lines = readFileSync(corpus, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const bodies = lines.map((line, index) => ({
      location: `corpus-${index}`,
      body: String((JSON.parse(line) as { text: unknown }).text),
    }));
    sets.push({ name: 'ReliefWeb corpus', bodies });
  }
  const generator = new ReleaseGenerator(loadTrainingText().paragraphs, 13);
  const bySource = new Map<string, InputSet>();
  for (const release of generator.releases(benchSources(4), generated)) {
    let set = bySource.get(release.source.name);
    if (!set) bySource.set(release.source.name, (set = { name: `generated ${release.source.name}`, bodies: [] }));
    set.bodies.push({ location: release.file, body: release.body });
  }
  return [...sets.filter((set) => set.bodies.length > 0), ...bySource.values()];
}
