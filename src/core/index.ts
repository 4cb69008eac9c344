/**
 * The simulation engine's public entry. Data flows one way (README, "Layout"):
 *
 *   1. text ──parseScenarioText──▶ Scenario        validate & migrate; issues name path and fix
 *   2. Scenario ──compileScenario──▶ CompiledScenario   resolve models/, fill defaults, lay out providers
 *   3. CompiledScenario ──simulateChunk / simulateScenario──▶ SimulationResult
 *                                                  seeded streams per (seed, run, part), fixed chunks
 *   4. SimulationResult ──summarise──▶ Summary      mean, sd, MC SE, p05/p50/p95; per provider
 *   5. (design, baseline) ──compare──▶ paired differences on common random numbers
 *
 * Chart specs (src/charts) and components (src/ui) consume Summary; the CLI (src/cli) and the
 * worker (src/worker) call steps 1–5. No DOM and no Node API below this line.
 */
export { parseScenarioText, validateScenario, formatPath, type Validated } from './validate/validateScenario.js';
export { scenarioSchema, type Scenario, type ParamRecord, type ParamValue } from './scenario/Scenario.js';
export { ScenarioError, formatIssue, msg, type ScenarioIssue, type IssueLine } from './issues/messages.js';
export { ISSUE_CODES, ISSUE_VALUES, type IssueCode, type IssueValues, type Shown } from './issues/issueCodes.js';
export { ISSUE_TEXTS, ISSUE_WORDS, type IssueLang } from './issues/issueTexts.js';
export { renderIssue, showValue, type IssueFormat } from './issues/renderIssue.js';
export { LIMITS, SCHEMA_VERSION } from './model/limits.js';
export { SECTION_NAMES, BEHAVIOUR_NAMES, type SectionName, type BehaviourName } from './scenario/sections.js';
export { compileScenario, type CompiledScenario } from './compile/compileScenario.js';
export { simulateChunk, ChunkBuilder, chunkCount, chunkToData, chunkFromData, CHUNK_RUNS, type ChunkResult, type ChunkData } from './simulate/simulateChunk.js';
export { simulateScenario } from './simulate/simulateScenario.js';
export { captureRun, type CapturedRun } from './simulate/captureRun.js';
export { ResultAssembler, type SimulationResult } from './simulate/SimulationResult.js';
export { ProviderTotals, PROVIDER_FIELDS, type ProviderField } from './simulate/ProviderTotals.js';
export { hashResult } from './summarise/hashResult.js';
export { summarise, describeMetric, type Summary, type ProviderSummary, type MetricSummary, type SummaryOptions } from './summarise/summarise.js';
export { compare, compareMetric, verdictOf, smallestDifference, type Difference, type Verdict, type Simulated, type CompareOptions } from './summarise/compare.js';
export { describe, describeRatio, ratioOfTotals, perRunRatios, type Description } from './summarise/describe.js';
export { metricColumn, metricInRow, quantityColumn, basisFactor, reportedBasis, OUTPUT_BASES, type OutputBasis } from './summarise/metricValues.js';
export {
  METRICS, METRIC_IDS, METRIC_COUNT, METRIC_SPECS, QUANTITIES, QUANTITY_COUNT, QI, metricDefinition, isMetricId,
  type MetricDefinition, type MetricId, type MetricUnit, type MetricBasis, type Quantity, type SmallestDifference,
} from './metrics/metricCatalogue.js';
export { ENGINE } from './engine.js';
export { comparisonWarnings, behavioursOn, behaviourAssumption, type ComparisonWarning } from './summarise/comparisonContext.js';
export type { Text } from './model/ParamSpec.js';
// Custom payment formulas: the editor checks text as the validator does and lists the vocabulary.
export { checkFormula, type CheckedFormula } from './formula/checkFormula.js';
export { compileFormula, type CompiledFormula } from './formula/compileFormula.js';
export { FORMULA_VARIABLES, FORMULA_FUNCTIONS, FORMULA_LIMITS, type FormulaVariable } from './formula/formulaVocabulary.js';
export { FormulaError } from './formula/FormulaError.js';
