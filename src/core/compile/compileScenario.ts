/**
 * Scenario → compiled model: names resolved against the model catalogue, defaults filled in, the layout
 * of providers fixed. Values may still be distributions; `drawRunParams` turns them into
 * numbers once per run. Compiling never mutates the scenario.
 */
import { BEHAVIOUR_NAMES, SECTION_NAMES, type BehaviourName, type SectionName } from '../model/EngineParams.js';
import type { ModelCatalogue } from '../model/ModelCatalogue.js';
import { defaultsOf, type ParamSpecs } from '../model/ParamSpec.js';
import type { MeasureModel } from '../model/MeasureModel.js';
import type { PaymentRule } from '../model/PaymentRule.js';
import type { ServiceModel } from '../model/ServiceModel.js';
import type { ParamRecord, ParamValue, Scenario } from '../scenario/Scenario.js';

export interface CompiledSegment {
  service: ServiceModel;
  providers: number;
  /** Index of this segment's first provider in the provider arrays. */
  offset: number;
  params: ParamRecord;
  /** Cumulative age-band shares and their logit shifts, for one-uniform sampling. */
  ageCumulative: Float64Array;
  ageShift: Float64Array;
}

export interface CompiledScenario {
  scenario: Scenario;
  seed: number;
  runs: number;
  horizonMonths: number;
  periodMonths: number;
  market: 'fixed' | 'redrawn';
  /** With a fixed market: how many markets the runs are split among (1: one market for all). */
  markets: number;
  segments: CompiledSegment[];
  providerCount: number;
  /** Segment index of each provider. */
  providerSegment: Int32Array;
  measure: { model: MeasureModel; params: ParamRecord };
  rule: PaymentRule;
  ruleParams: ParamRecord;
  payment: ParamRecord;
  sections: Record<SectionName, ParamRecord>;
  behaviour: Record<BehaviourName, ParamRecord>;
  /** The rule declares an investor's ledger (an outcomes contract): the engine keeps it (src/core/contract). */
  outcomeContract: boolean;
  /** The catalogue the scenario was compiled against (specs for drawing run parameters). */
  catalogue: ModelCatalogue;
}

/** Defaults, then the model's defaults, then the scenario's own values (later wins). */
function layer(specs: ParamSpecs, ...overrides: Array<Readonly<Record<string, ParamValue>> | undefined>): ParamRecord {
  const out: ParamRecord = Object.create(null);
  for (const [k, v] of Object.entries(defaultsOf(specs))) out[k] = v as ParamValue;
  for (const o of overrides) {
    if (!o) continue;
    for (const k of Object.keys(o)) if (Object.prototype.hasOwnProperty.call(specs, k)) out[k] = o[k];
  }
  return out;
}

export function compileScenario(s: Scenario, catalogue: ModelCatalogue): CompiledScenario {
  const { services, measures, rules, specs, periodMonths } = catalogue;
  let offset = 0;
  const segments: CompiledSegment[] = s.segments.map((seg) => {
    const service = services[seg.service];
    const shares = service.ageBands.map((b) => b.share);
    const total = shares.reduce((a, b) => a + b, 0);
    const ageCumulative = new Float64Array(shares.length);
    let acc = 0;
    shares.forEach((x, i) => { acc += x / total; ageCumulative[i] = acc; });
    ageCumulative[shares.length - 1] = 1;
    const compiled: CompiledSegment = {
      service,
      providers: seg.providers,
      offset,
      params: layer(specs.segment, service.defaults, seg.params),
      ageCumulative,
      ageShift: Float64Array.from(service.ageBands.map((b) => b.logitShift)),
    };
    offset += seg.providers;
    return compiled;
  });
  const providerSegment = new Int32Array(offset);
  segments.forEach((seg, i) => providerSegment.fill(i, seg.offset, seg.offset + seg.providers));
  const model = measures[s.measure.model];
  const named = rules[s.payment.rule] as PaymentRule;
  const ruleParams = layer(named.params, s.payment.params);
  // A rule with a formula compiles it here, once per scenario.
  const rule = named.bind ? named.bind(ruleParams) : named;
  const payment = layer(specs.payment, s.payment.settings);
  const sections = Object.create(null) as Record<SectionName, ParamRecord>;
  for (const name of SECTION_NAMES) sections[name] = layer(specs.sections[name], s[name]);
  const behaviour = Object.create(null) as Record<BehaviourName, ParamRecord>;
  for (const name of BEHAVIOUR_NAMES) behaviour[name] = layer(specs.behaviours[name], s.behaviour?.[name]);
  return {
    scenario: s,
    seed: s.seed,
    runs: s.runs,
    horizonMonths: s.horizonMonths,
    periodMonths: periodMonths[payment.period as keyof typeof periodMonths],
    market: s.market ?? 'fixed',
    markets: s.market === 'redrawn' ? 1 : Math.min(s.markets ?? 1, s.runs),
    segments,
    providerCount: offset,
    providerSegment,
    measure: { model, params: layer(specs.measure, model.defaults, s.measure.params) },
    rule,
    ruleParams,
    payment,
    sections,
    behaviour,
    outcomeContract: named.investorLedger !== undefined,
    catalogue,
  };
}
