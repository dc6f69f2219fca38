#!/usr/bin/env node
import { processCommand, PROCESS_HELP } from './commands/process.js';
import { summaryCommand, SUMMARY_HELP } from './commands/summary.js';

const HELP = `presswatch: offline tools for the Presswatch pipeline

Usage: npm run --silent cli -- <command> [options]

Commands:
  process FILE...   clean and enrich files offline (no Kafka), one EnrichedRelease JSON per line
  summary           documents indexed and top countries/themes, from OpenSearch

Run a command with --help for its options.
`;

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  process: { run: processCommand, help: PROCESS_HELP },
  summary: { run: summaryCommand, help: SUMMARY_HELP },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`unknown command: ${name}\n\n${HELP}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(command.help);
    return 0;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
