/** Compiles a Vega-Lite spec, collecting every warning, and parses the result with Vega. */
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse } from 'vega';

export function compileClean(spec: TopLevelSpec): { warnings: string[]; signals: number } {
  const warnings: string[] = [];
  const logger = {
    level: (() => logger) as never,
    error: (...a: unknown[]) => { throw new Error(a.map(String).join(' ')); },
    warn: (...a: unknown[]) => { warnings.push(a.map(String).join(' ')); return logger; },
    info: () => logger,
    debug: () => logger,
  };
  const vg = compile(spec, { logger: logger as never }).spec;
  const runtime = parse(vg, undefined, { ast: true });
  return { warnings, signals: runtime.operators.length };
}
