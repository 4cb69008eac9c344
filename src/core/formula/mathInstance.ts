/**
 * The one mathjs instance the formula code uses: only the parser and the few number functions
 * whose exact mathjs behaviour a compiled formula reproduces by delegation (rounding with
 * mathjs's tolerance, real roots of negative numbers). `predictable: true`: no complex
 * numbers, NaN instead. Nothing here ever evaluates user text.
 */
import { ceilDependencies, create, floorDependencies, parseDependencies, powDependencies, roundDependencies } from 'mathjs';

export const math = create({ parseDependencies, roundDependencies, floorDependencies, ceilDependencies, powDependencies }, { predictable: true });

/** mathjs's relative and absolute tolerances for comparisons (its defaults). */
export const REL_TOL = 1e-12;
export const ABS_TOL = 1e-15;
