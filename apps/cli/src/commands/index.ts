import { processCommand, PROCESS_HELP } from './process.js';
import { summaryCommand, SUMMARY_HELP } from './summary.js';

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
  process: { summary: 'clean and enrich files offline (no Kafka), one EnrichedRelease JSON per line', help: PROCESS_HELP, run: processCommand },
  summary: { summary: 'documents indexed and top countries/themes, from OpenSearch', help: SUMMARY_HELP, run: summaryCommand },
};
