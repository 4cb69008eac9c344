/**
 * A reader's name for an input given by its scenario path: the parameter's label from its spec
 * (the editor's label), with the service and segment number for a segment parameter, the
 * measure's name for a measure parameter, and the rule's name for a payment parameter
 * ("Episode median length — HVB youth, segment 1"). A path the catalogue does not describe
 * keeps the path as its label.
 */
import { BEHAVIOUR_NAMES, SECTION_NAMES, type BehaviourName, type SectionName } from '../model/EngineParams.js';
import type { ModelCatalogue } from '../model/ModelCatalogue.js';
import type { ParamSpecs, Text } from '../model/ParamSpec.js';
import type { Scenario } from '../scenario/Scenario.js';
import { parsePath } from '../sweep/jsonPath.js';

const isSection = (x: unknown): x is SectionName => (SECTION_NAMES as readonly unknown[]).includes(x);
const isBehaviour = (x: unknown): x is BehaviourName => (BEHAVIOUR_NAMES as readonly unknown[]).includes(x);

function labelIn(specs: ParamSpecs | undefined, key: unknown): Text | undefined {
  return typeof key === 'string' && specs && Object.prototype.hasOwnProperty.call(specs, key) ? specs[key].label : undefined;
}

const withContext = (label: Text, context: Text | undefined): Text => (context ? { sv: `${label.sv} — ${context.sv}`, en: `${label.en} — ${context.en}` } : label);

export function inputLabel(path: string, s: Scenario, catalogue: ModelCatalogue): Text {
  const parts = parsePath(path) ?? [];
  const [a, b, c, d] = parts;
  let label: Text | undefined;
  let context: Text | undefined;
  if (a === 'segments' && typeof b === 'number' && c === 'params' && parts.length === 4) {
    label = labelIn(catalogue.specs.segment, d);
    const service = catalogue.services[s.segments[b]?.service ?? '']?.label;
    // The segment's number only where there is more than one.
    context = service && (s.segments.length === 1 ? service : { sv: `${service.sv}, segment ${b + 1}`, en: `${service.en}, segment ${b + 1}` });
  } else if (a === 'measure' && b === 'params' && parts.length === 3) {
    label = labelIn(catalogue.specs.measure, c);
    context = catalogue.measures[s.measure.model]?.label;
  } else if (a === 'payment' && b === 'params' && parts.length === 3) {
    const rule = catalogue.rules[s.payment.rule];
    label = labelIn(rule?.params, c);
    context = rule?.label;
  } else if (a === 'payment' && b === 'settings' && parts.length === 3) {
    label = labelIn(catalogue.specs.payment, c);
  } else if (a === 'behaviour' && isBehaviour(b) && parts.length === 3) {
    label = labelIn(catalogue.specs.behaviours[b], c);
    // The behaviour is named by its switch's label ("Providers choose effort").
    context = c === 'enabled' ? undefined : labelIn(catalogue.specs.behaviours[b], 'enabled');
  } else if (isSection(a) && parts.length === 2) {
    label = labelIn(catalogue.specs.sections[a], b);
  }
  return label ? withContext(label, context) : { sv: path, en: path };
}
