/**
 * The `simulate` command as a process: `npm run simulate -- <scenario.json> [options]`, or
 * `npx outcome-payment-workbench …` (bin/workbench.mjs runs the bundled build of this file).
 * Output is written straight to the file descriptors (processIo), so a full disk, a file-size
 * limit or a closed pipe is noticed; the exit code is set, not forced, so the process ends
 * when the last worker thread has stopped.
 */
import { processIo } from './CliIo.js';
import { simulateCommand } from './simulateCommand.js';

// A promise, not top-level await: the command is bundled as a CommonJS script (scripts/cli/ensureBuilt.mjs).
let finished = false;
void simulateCommand(process.argv.slice(2), processIo()).then((code) => {
  finished = true;
  process.exitCode = code;
});
// Under top-level await a command that never finished ended the process with code 13; so it still does.
process.once('beforeExit', () => {
  if (finished) return;
  process.stderr.write('error: internal: the command stopped before it finished (nothing was left for it to wait on)\n');
  process.exitCode = 13;
});
