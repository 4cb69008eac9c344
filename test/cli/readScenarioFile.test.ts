import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/InputError.js';
import { readScenarioFile } from '../../src/cli/readScenarioFile.js';
import { LIMITS } from '../../src/engine.js';

const DIR = mkdtempSync(join(tmpdir(), 'cli-read-'));

function lines(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.lines();
    throw e;
  }
  throw new Error('expected an input error');
}

describe('readScenarioFile', () => {
  it('returns the text as UTF-8', () => {
    const path = join(DIR, 'text.json');
    writeFileSync(path, '{"a": "å"}');
    expect(readScenarioFile(path)).toBe('{"a": "å"}');
  });

  it('refuses a file over the size limit from its size, naming the file', () => {
    const path = join(DIR, 'big.json');
    writeFileSync(path, Buffer.alloc(LIMITS.maxFileBytes + 1, 0x20));
    expect(lines(() => readScenarioFile(path))).toEqual([`error: ${path}: $: the file is ${LIMITS.maxFileBytes + 1} bytes; at most ${LIMITS.maxFileBytes} bytes; a scenario is a few kilobytes`]);
  });

  it('accepts a file of exactly the limit', () => {
    const path = join(DIR, 'edge.json');
    writeFileSync(path, Buffer.alloc(LIMITS.maxFileBytes, 0x20));
    expect(readScenarioFile(path)).toHaveLength(LIMITS.maxFileBytes);
  });

  it('says when the file is missing or is a folder', () => {
    expect(lines(() => readScenarioFile(join(DIR, 'none.json')))[0]).toMatch(/: \$: file not found; /);
    expect(lines(() => readScenarioFile(DIR))[0]).toMatch(/: \$: not a regular file; /);
  });
});
