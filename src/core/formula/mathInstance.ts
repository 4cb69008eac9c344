/**
 * The one mathjs instance the formula code uses: only the parser and the few number functions
 * whose exact mathjs behaviour a compiled formula reproduces by delegation (rounding with
 * mathjs's tolerance, real roots of negative numbers). `predictable: true`: no complex
 * numbers, NaN instead. Nothing here ever evaluates user text.
 *
 * Made on first use, not on import: setting up mathjs's typed functions costs every worker and
 * every command start tens of milliseconds, and only scenarios with a custom formula need it.
 */
import { ceilDependencies, create, floorDependencies, parseDependencies, powDependencies, roundDependencies } from 'mathjs';

export type MathInstance = ReturnType<typeof makeInstance>;

function makeInstance() {
  return create({ parseDependencies, roundDependencies, floorDependencies, ceilDependencies, powDependencies }, { predictable: true });
}

let instance: MathInstance | undefined;

/** The shared instance (the same object on every call). */
export function mathInstance(): MathInstance {
  instance ??= makeInstance();
  return instance;
}

/** mathjs's relative and absolute tolerances for comparisons (its defaults). */
export const REL_TOL = 1e-12;
export const ABS_TOL = 1e-15;
