// @ts-check
/**
 * What the command-line build bundles: one line per command, one per worker-thread entry.
 *
 * To add a command (say `sweep`), add one line to COMMANDS, e.g.
 *   sweep: 'src/cli/sweepMain.ts',
 * and it runs as `npx outcome-payment-workbench sweep …` (or add an npm script
 * `"sweep": "node bin/workbench.mjs sweep"`). The entry file is a process entry like
 * src/cli/main.ts: it reads process.argv.slice(2) and sets process.exitCode. The launcher
 * (bin/workbench.mjs) rebuilds every entry whenever one of their sources changes.
 */

/** Command name → entry file (relative to the project root). The first is the default command. */
export const COMMANDS = {
  simulate: 'src/cli/main.ts',
  sweep: 'src/cli/sweepMain.ts',
  sensitivity: 'src/cli/sensitivityMain.ts',
  merge: 'src/cli/mergeMain.ts',
  plan: 'src/cli/planMain.ts',
};

/** Worker-thread entries, built next to the commands so a command finds them as siblings. */
export const WORKERS = {
  nodeWorkerEntry: 'src/cli/nodeWorkerEntry.ts',
};

/** The command run when the first argument names none. */
export const DEFAULT_COMMAND = 'simulate';
