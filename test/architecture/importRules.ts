/**
 * The project's import graph, read from the sources: every relative import of every .ts file
 * under src/ and models/, resolved to a file. Used by the layering test; small enough that a
 * dependency tool would be more to keep than this.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface Edge { from: string; to: string; typeOnly: boolean }

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Edges between project files (paths relative to the root, `.js` specifiers mapped to `.ts`). */
export function importGraph(root: string, dirs: readonly string[]): Edge[] {
  const edges: Edge[] = [];
  for (const file of dirs.flatMap((d) => filesUnder(join(root, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[3];
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      edges.push({ from: relative(root, file), to: relative(root, target), typeOnly: Boolean(m[2]) });
    }
  }
  return edges;
}

/** The folder a file is in, e.g. src/core/simulate. */
export const folderOf = (path: string): string => dirname(path);

/** Cycles in a directed graph given as adjacency lists (each cycle once, as a path). */
export function cycles(adjacency: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of adjacency.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...adjacency.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}
