import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/environment.js';
import { filesBelow } from './workspace-sources.js';

/** Longest source line allowed; generated JSON and data files are not source. */
const MAX_LINE = 200;
const SOURCE_ENDINGS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.sh', '.py'];
const FOLDERS = ['apps', 'libs', 'tests', 'tools', 'deploy', 'samples'];

describe('line length', () => {
  it(`has no source line over ${MAX_LINE} characters`, () => {
    const files = FOLDERS.flatMap((folder) => filesBelow(folder, SOURCE_ENDINGS)).concat(
      filesBelow('.', ['.config.mjs']).filter((file) => !file.includes('/')),
    );
    assert.ok(files.length > 300, `the source files are found (${files.length})`);
    const long = files.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => ([...line].length > MAX_LINE ? [`${file}:${index + 1} (${[...line].length})`] : [])),
    );
    assert.deepEqual(long, [], `lines over ${MAX_LINE} characters:\n  ${long.join('\n  ')}`);
  });
});
