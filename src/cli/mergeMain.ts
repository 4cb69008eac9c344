/**
 * `npm run merge -- <part.json…> [--out FILE]`: joins the partial results of `simulate
 * --shard k/n` or `sweep --shard k/n` into the output one process would have written, byte
 * for byte. Parts may be given in any order; every shard 1…n must be there exactly once, all
 * from the same command (same scenario, seed, runs, engine).
 */
import { readFileSync } from 'node:fs';
import { chunkCount, ENGINE, ResultAssembler, compileScenario, type Scenario } from '../engine.js';
import { buildReport, type Report } from './buildReport.js';
import { COMMAND_LINE } from './cliMessages.js';
import { exitCodeFor } from './exitCodeFor.js';
import { flagReader, parseFlags } from './flagParser.js';
import { formatCsv } from './formatCsv.js';
import { formatJson } from './formatJson.js';
import { formatSweep } from './formatSweep.js';
import { formatTable } from './formatTable.js';
import { InputError } from './InputError.js';
import type { Format } from './parseArgs.js';
import { chunkFromText, partScenario, PARTIAL_VERSION, type ChunkText, type Part, type SimulatePart, type SweepPart } from './partialFile.js';
import { readScenarioFile } from './readScenarioFile.js';
import type { RunOutcome } from './runScenario.js';
import { writeOutput } from './writeOutput.js';
import { processIo } from './CliIo.js';

/** Output straight to the file descriptors, so a full disk or a closed pipe is noticed. */
const io = processIo();

export const MERGE_USAGE = `Usage: npm run merge -- <part.json> <part.json> … [--out FILE]

Joins the partial results written by \`simulate --shard K/N\` or \`sweep --shard K/N\` (one
per shard, any order) into the output a single process would have written, byte for byte.`;

const FORMATTERS: Readonly<Record<Format, (r: Report) => string>> = { json: formatJson, csv: formatCsv, table: formatTable };

function readPart(file: string): Part {
  let data: unknown;
  try {
    data = JSON.parse(readScenarioFile(file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw InputError.of(file, [{ path: '$', problem: 'not valid JSON', allowed: 'a part written by --shard K/N' }]);
  }
  const p = data as Partial<Part>;
  if (typeof p !== 'object' || p === null || (p.partial !== 'simulate' && p.partial !== 'sweep')) throw InputError.of(file, [{ path: 'partial', problem: 'not a partial result', allowed: 'a file written by simulate or sweep with --shard K/N' }]);
  if (p.version !== PARTIAL_VERSION) throw InputError.of(file, [{ path: 'version', problem: `version ${String(p.version)}`, allowed: `parts of version ${PARTIAL_VERSION}, written by this engine` }]);
  return p as Part;
}

/** The same command's parts, one per shard 1…n. */
function checkSet(files: readonly string[], parts: readonly Part[]): void {
  const n = parts[0].shard.n;
  const key = (p: Part): string => JSON.stringify(p.partial === 'sweep' ? [p.header, p.pointTotal, p.format] : [p.scenario, p.baseline ?? null, p.chunkTotal, p.format, p.report]);
  const seen = new Map<number, string>();
  parts.forEach((p, i) => {
    if (p.partial !== parts[0].partial || p.shard.n !== n || key(p) !== key(parts[0])) throw InputError.of(files[i], [{ path: '$', problem: `not from the same command as ${files[0]}`, allowed: 'the parts of one sharded command' }]);
    if (seen.has(p.shard.k)) throw InputError.of(files[i], [{ path: 'shard', problem: `shard ${p.shard.k}/${n} given twice (also ${seen.get(p.shard.k)})`, allowed: 'each shard once' }]);
    seen.set(p.shard.k, files[i]);
  });
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length) throw InputError.of(COMMAND_LINE, [{ path: '<parts>', problem: `shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${n}`).join(', ')} missing`, allowed: `all ${n} parts` }]);
}

function assemble(s: Scenario, total: number, chunks: ChunkText[]): RunOutcome {
  const compiled = compileScenario(partScenario(s));
  if (chunkCount(compiled.runs) !== total || chunks.length !== total) throw new Error('the parts do not hold every chunk of the run');
  const assembler = new ResultAssembler(compiled, total);
  for (const c of chunks) assembler.add(chunkFromText(c, compiled.providerCount));
  return { compiled, result: assembler.result() };
}

function mergeSimulate(parts: SimulatePart[]): string {
  const design = assemble(parts[0].scenario, parts[0].chunkTotal, parts.flatMap((p) => p.design));
  const baseline = parts[0].baseline ? assemble(parts[0].baseline, parts[0].chunkTotal, parts.flatMap((p) => p.baselineChunks ?? [])) : undefined;
  return FORMATTERS[parts[0].format](buildReport(design, { baseline, ...parts[0].report }));
}

function mergeSweep(parts: SweepPart[]): string {
  const points = [...parts].sort((a, b) => a.firstPoint - b.firstPoint).flatMap((p) => p.points);
  if (points.length !== parts[0].pointTotal) throw new Error('the parts do not hold every point of the sweep');
  return formatSweep({ ...parts[0].header, points }, parts[0].format);
}

async function main(argv: readonly string[]): Promise<number> {
  const expected = { '--out': 'the path of the file to write' };
  const p = parseFlags(argv, { '--out': 'value', '--help': 'flag' }, expected);
  if (p.values.has('--help')) { process.stdout.write(MERGE_USAGE + '\n'); return 0; }
  if (p.positional.length === 0) p.issues.push({ path: '<parts>', problem: 'missing', allowed: 'the part files written with --shard K/N' });
  if (p.issues.length) throw InputError.of(COMMAND_LINE, p.issues);
  const parts = p.positional.map(readPart);
  checkSet(p.positional, parts);
  if (parts[0].partial === 'sweep' ? parts[0].header.engine.version !== ENGINE.version : false) throw InputError.of(p.positional[0], [{ path: 'header.engine', problem: 'written by another engine version', allowed: `parts from ${ENGINE.name} ${ENGINE.version}` }]);
  const text = parts[0].partial === 'sweep' ? mergeSweep(parts as SweepPart[]) : mergeSimulate((parts as SimulatePart[]).sort((a, b) => a.shard.k - b.shard.k));
  writeOutput(text, flagReader(p, expected).text('--out'), io);
  return 0;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.exitCode = exitCodeFor(e, (t) => process.stderr.write(t), Boolean(process.env.DEBUG)); },
);
