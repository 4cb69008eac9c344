// @ts-check
/**
 * `npm run build:cli`: builds the command-line tool into dist-cli/ now (the launcher also
 * does this by itself whenever a source changed) and says whether anything was rebuilt.
 */
import { ensureBuilt } from './ensureBuilt.mjs';

const started = performance.now();
const build = ensureBuilt();
if (build.warning) process.stderr.write(`warning: ${build.warning}\n`);
process.stdout.write(`${build.built ? 'built' : 'up to date'}: ${build.dir} (${Math.round(performance.now() - started)} ms)\n`);
