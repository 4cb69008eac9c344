/**
 * The custom-formula speed ratio (compiled closure vs math.compile().evaluate), measured by
 * bench/formulaSpeed.ts, which belongs to the formula work. Until that file exists the
 * benchmark says so instead of failing; its result is passed through as it comes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type FormulaSpeed = { available: true; result: unknown } | { available: false; reason: string };

export async function formulaSpeedIfAvailable(quick: boolean): Promise<FormulaSpeed> {
  const file = new URL('./formulaSpeed.ts', import.meta.url);
  if (!existsSync(fileURLToPath(file))) return { available: false, reason: 'not available yet' };
  const mod = (await import(file.href)) as Record<string, unknown>;
  const fn = [mod.formulaSpeed, mod.measureFormulaSpeed, mod.default].find((f): f is (options?: { quick?: boolean }) => unknown => typeof f === 'function')
    ?? Object.values(mod).find((f): f is (options?: { quick?: boolean }) => unknown => typeof f === 'function');
  if (!fn) return { available: false, reason: 'bench/formulaSpeed.ts exports no function' };
  return { available: true, result: await fn({ quick }) };
}
