#!/usr/bin/env node
// @ts-check
/**
 * The command-line tool's launcher: `outcome-payment-workbench [command] [arguments]`, with
 * `simulate` the default command (`npm run simulate -- …` is the same). It makes sure the
 * bundled JavaScript in dist-cli/ is up to date (a few milliseconds when it is; one build,
 * about a second, after a source changed) and runs the command's bundle in this process, with
 * V8's code cache (scripts/cli/runBundle.mjs). Commands are listed in scripts/cli/entries.mjs.
 */
import { COMMANDS, DEFAULT_COMMAND } from '../scripts/cli/entries.mjs';
import { ensureBuilt } from '../scripts/cli/ensureBuilt.mjs';
import { runBundle } from '../scripts/cli/runBundle.mjs';

const args = process.argv.slice(2);
const named = Object.hasOwn(COMMANDS, args[0] ?? '');
const command = named ? args[0] : DEFAULT_COMMAND;

let build;
try {
  build = ensureBuilt();
  if (build.warning) process.stderr.write(`warning: ${build.warning}\n`);
} catch (e) {
  process.stderr.write(`error: internal: the command-line tool could not be built: ${e instanceof Error ? e.message.split('\n').slice(0, 3).join(' ') : String(e)}\n`);
  process.exit(1);
}
// The command reads its arguments from process.argv like any process entry. A request for
// help runs too little of the command for a code cache to be worth reading or keeping.
const commandArgs = named ? args.slice(1) : args;
const helpOnly = commandArgs.some((a) => a === '--help' || a === '-h');
runBundle(build.dir, command, commandArgs, { keepCache: !build.temporary && !helpOnly });
