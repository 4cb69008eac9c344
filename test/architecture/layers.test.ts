/**
 * Layers that say what they are: the engine (src/core) imports nothing from models/, the page,
 * the CLI, the worker pool or the charts, not even types; the worker pool imports nothing from
 * the page or the CLI; no two folders of the engine, no two areas of the project and no two
 * files import each other in a cycle.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cycles, folderOf, importGraph } from './importRules.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const edges = importGraph(ROOT, ['src', 'models']);
const crossing = (from: string, to: readonly string[]): string[] =>
  edges.filter((e) => e.from.startsWith(from) && to.some((t) => e.to.startsWith(t))).map((e) => `${e.from} → ${e.to}`);

function adjacency(key: (path: string) => string, within: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!e.from.startsWith(within) || !e.to.startsWith(within)) continue;
    const a = key(e.from), b = key(e.to);
    if (a === b) continue;
    if (!out.has(a)) out.set(a, new Set());
    out.get(a)!.add(b);
  }
  return out;
}

describe('import layers', () => {
  it('finds the imports (the check is not vacuous)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.some((e) => e.from === 'src/cli/main.ts')).toBe(true);
  });

  it('the engine imports nothing from the catalogue, the page, the CLI, the worker pool or the charts', () => {
    expect(crossing('src/core/', ['models/', 'src/ui/', 'src/cli/', 'src/worker/', 'src/charts/', 'src/share/', 'src/storage/', 'src/i18n/', 'src/engine.ts'])).toEqual([]);
  });

  it('the worker pool imports nothing from the page or the CLI; the charts nothing from the page', () => {
    expect(crossing('src/worker/', ['src/ui/', 'src/cli/'])).toEqual([]);
    expect(crossing('src/charts/', ['src/ui/', 'src/cli/', 'src/worker/'])).toEqual([]);
    expect(crossing('models/', ['src/ui/', 'src/cli/', 'src/worker/', 'src/charts/', 'src/engine.ts'])).toEqual([]);
  });

  it('no two folders of the engine, and no two areas of the project, import each other in a cycle', () => {
    // The engine's folders one by one; elsewhere each area (the page, the CLI, the worker pool, …) as a whole.
    const area = (p: string): string => (p.startsWith('src/core/') ? folderOf(p) : p.split('/').slice(0, 2).join('/'));
    expect(cycles(adjacency(area, 'src/'))).toEqual([]);
  });

  it('no two files import each other in a cycle', () => {
    expect(cycles(adjacency((p) => p, 'src/'))).toEqual([]);
  });
});
