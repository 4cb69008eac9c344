/**
 * The scenario file format (docs/scenario-format.md), as a zod schema for its structure. Parameter values
 * inside each section are checked against the parameter specs in models/ afterwards
 * (checkSections), which knows names, units and bounds and so can say what is allowed.
 */
import * as z from 'zod';
import { LIMITS, SCHEMA_VERSION } from '../model/limits.js';
import type { Distribution } from '../rng/Distribution.js';
import { BEHAVIOUR_NAMES, SECTION_NAMES } from './sections.js';

/** Messages of our own refinements; fromZodIssues turns each into its issue code. */
export const REFINE = { finite: 'must be a finite number', notNegative: 'must be ≥ 0', positive: 'must be > 0' } as const;

const finite = z.number().refine(Number.isFinite, { message: REFINE.finite });

const text = z.strictObject({ sv: z.string().min(1).max(4000), en: z.string().min(1).max(4000) });

export const distributionSchema = z.discriminatedUnion('dist', [
  z.strictObject({ dist: z.literal('uniform'), min: finite, max: finite }),
  z.strictObject({ dist: z.literal('triangular'), min: finite, mode: finite, max: finite }),
  z.strictObject({ dist: z.literal('normal'), mean: finite, sd: finite.refine((v) => v >= 0, REFINE.notNegative) }),
  z.strictObject({ dist: z.literal('lognormal'), median: finite.refine((v) => v > 0, REFINE.positive), sdLog: finite.refine((v) => v >= 0, REFINE.notNegative) }),
  z.strictObject({ dist: z.literal('beta'), alpha: finite.refine((v) => v > 0, REFINE.positive), beta: finite.refine((v) => v > 0, REFINE.positive) }),
]);

export type ParamValue = number | boolean | string | Distribution;
// Texts may be long enough for a formula to reach its own check, which says what is allowed.
const paramValue = z.union([z.number(), z.boolean(), z.string().max(10_000), distributionSchema]);
const params = z.record(z.string().max(100), paramValue);

const segment = z.strictObject({
  service: z.string().max(100),
  providers: z.int().min(1).max(LIMITS.maxProvidersPerSegment),
  params: params.optional(),
});

/** A record of optional parameter sections, one per name. */
function sectionsOf<N extends string>(names: readonly N[]): { [K in N]: z.ZodOptional<typeof params> } {
  return Object.fromEntries(names.map((n) => [n, params.optional()])) as { [K in N]: z.ZodOptional<typeof params> };
}

/** Provider behaviour: one parameter record per behaviour (models/behaviours), each off by default. */
export const behaviourSchema = z.strictObject(sectionsOf(BEHAVIOUR_NAMES));

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes, at most 64'),
  title: text,
  story: text.optional(),
  seedDocument: z.string().max(200).optional(),
  /** The library scenario this design is compared with: the same in everything but the payment rule. */
  baseline: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be the id of a scenario in the library (lower-case letters, digits and dashes, at most 64)').optional(),
  seed: z.int().min(0).max(LIMITS.maxSeed),
  runs: z.int().min(1).max(LIMITS.maxRuns),
  horizonMonths: z.int().min(1).max(LIMITS.maxHorizonMonths),
  market: z.enum(['fixed', 'redrawn']).optional(),
  /** Split the runs among this many markets (consecutive blocks), to measure how much the market explains. */
  markets: z.int().min(1).max(1000).optional(),
  segments: z.array(segment).min(1).max(LIMITS.maxSegments),
  measure: z.strictObject({ model: z.string().max(100), params: params.optional() }),
  payment: z.strictObject({ rule: z.string().max(100), params: params.optional(), settings: params.optional() }),
  ...sectionsOf(SECTION_NAMES),
  behaviour: behaviourSchema.optional(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ParamRecord = Record<string, ParamValue>;
