/**
 * The core is pure and seeded (README, "Reproducibility"): no Math.random, no clock, no DOM or
 * Node API anywhere under src/core or models/. The compiler's tsconfig already rejects DOM and
 * Node types; this catches the globals that type-check everywhere.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN = [/\bMath\.random\b/, /\bDate\.now\b/, /\bnew Date\b/, /\bperformance\.now\b/, /\bcrypto\.getRandomValues\b/, /global:\s*true/];

describe('the core draws only from seeded streams', () => {
  const files = [...sources(join(root, 'src/core')), ...sources(join(root, 'models'))];

  it('finds the sources', () => expect(files.length).toBeGreaterThan(20));

  it('uses no global randomness or clock', () => {
    const hits: string[] = [];
    for (const f of files) {
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const re of FORBIDDEN) if (re.test(code)) hits.push(`${f.slice(root.length)}: ${re.source}`);
    }
    expect(hits).toEqual([]);
  });
});
