import { processCommand, PROCESS_HELP } from './process.js';
import { summaryCommand, SUMMARY_HELP } from './summary.js';
import { searchCommand, SEARCH_HELP } from './search.js';
import { reindexCommand, REINDEX_HELP } from './reindex.js';
import { dashboardsCommand, DASHBOARDS_HELP } from './dashboards.js';
import { monitorCommand, MONITOR_HELP } from './monitor.js';
import { fetchCommand, FETCH_HELP } from './fetch.js';
import { deadLettersCommand, DEAD_LETTERS_HELP } from './dead-letters.js';

export interface CliCommand {
  /** One line for the command list. */
  summary: string;
  /** Full help, printed for `<command> --help`. */
  help: string;
  /** Runs the command and resolves to the exit status. */
  run: (args: string[]) => Promise<number>;
}

/** Every CLI command, by name; each lives in its own file. */
export const COMMANDS: Record<string, CliCommand> = {
  process: {
    summary: 'clean and enrich files offline (no Kafka), one EnrichedRelease JSON per line',
    help: PROCESS_HELP,
    run: processCommand,
  },
  summary: { summary: 'documents indexed and top countries/themes, from OpenSearch', help: SUMMARY_HELP, run: summaryCommand },
  search: { summary: 'search releases by text, country, theme, language and date, with highlights', help: SEARCH_HELP, run: searchCommand },
  reindex: {
    summary: 'roll the releases alias onto a new index version (after a mapping change)',
    help: REINDEX_HELP,
    run: reindexCommand,
  },
  dashboards: { summary: 'export or import the OpenSearch Dashboards saved objects', help: DASHBOARDS_HELP, run: dashboardsCommand },
  monitor: {
    summary: 'live Kafka throughput: messages in/s per topic, consumed/s and lag per group and partition',
    help: MONITOR_HELP,
    run: monitorCommand,
  },
  fetch: {
    summary: 'try a feed, sitemap or page by hand (--dry-run: RawRelease JSON lines), or run the fetcher now (--run)',
    help: FETCH_HELP,
    run: fetchCommand,
  },
  'dead-letters': {
    summary: 'list the dead-letter topic, or replay its originals after a fix',
    help: DEAD_LETTERS_HELP,
    run: deadLettersCommand,
  },
};
