/**
 * The planner's sentences, in Swedish and English, from its numbers: why the formula and the
 * simulation differ, and what a pilot of the scenario's size can and cannot show. Plain words
 * for a procurement officer; every figure comes from the plan.
 */
import type { Text } from '../model/ParamSpec.js';

/** A number for a sentence: Swedish decimal comma and thin-space thousands, English point and comma. */
export function say(x: number, digits: number, lang: 'sv' | 'en'): string {
  const fixed = x.toFixed(digits);
  const [whole, frac] = fixed.split('.');
  const sep = lang === 'sv' ? '\u00a0' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return frac === undefined ? grouped : `${grouped}${lang === 'sv' ? ',' : '.'}${frac}`;
}
const pct = (x: number, lang: 'sv' | 'en'): string => `${say(100 * x, x < 0.1 ? 1 : 0, lang)} %`;
const both = (f: (lang: 'sv' | 'en') => string): Text => ({ sv: f('sv'), en: f('en') });

export interface DifferenceFacts {
  trueDifference: number;
  recordedDifference: number;
  formulaN: number;
  recordedN: number;
  simulationN: number | null;
  nMax: number;
  countedShare: number;
  caseMixSd: number;
  typicalFlagged: number | null;
  alpha: number;
}

/** Why the simulation of the measure needs more (or fewer) clients than the textbook formula. */
export function explainDifference(f: DifferenceFacts): Text[] {
  const out: Text[] = [];
  const shrink = f.trueDifference !== 0 ? f.recordedDifference / f.trueDifference : 1;
  if (Math.abs(shrink - 1) > 0.02) {
    out.push(both((l) => l === 'sv'
      ? `Måttet fångar bara ${pct(shrink, l)} av skillnaden: en utförare som är ${say(100 * f.trueDifference, 1, l)} procentenheter sämre i verkligheten ser ${say(100 * f.recordedDifference, 1, l)} enheter sämre ut (validitet, bedömarbrus, takeffekt). Formeln räknad på den skillnaden ger ${say(Math.ceil(f.recordedN), 0, l)} mätta klienter i stället för ${say(Math.ceil(f.formulaN), 0, l)}.`
      : `The measure captures only ${pct(shrink, l)} of the gap: a provider ${say(100 * f.trueDifference, 1, l)} points worse in truth looks ${say(100 * f.recordedDifference, 1, l)} points worse (validity, rater noise, ceiling). The formula on that gap gives ${say(Math.ceil(f.recordedN), 0, l)} measured clients instead of ${say(Math.ceil(f.formulaN), 0, l)}.`));
  }
  if (f.countedShare < 0.98) {
    out.push(both((l) => l === 'sv'
      ? `Bara ${pct(f.countedShare, l)} av de avslutade klienterna blir mätta (bortfall, ”vet inte”), så en utförare behöver avsluta fler klienter än antalet mätta.`
      : `Only ${pct(f.countedShare, l)} of discharged clients are measured (non-response, "don't know"), so a provider must discharge more clients than the number measured.`));
  }
  const typicalFlagged = f.typicalFlagged;
  if (f.caseMixSd > 0 && typicalFlagged !== null) {
    out.push(both((l) => l === 'sv'
      ? `Utförarnas klienter skiljer sig (klientsammansättning ${say(f.caseMixSd, 2, l)} sd): en genomsnittlig utförare med svårare klienter ser sämre ut, så vid det antalet flaggas en helt godtagbar utförare i ${pct(typicalFlagged, l)} av fallen i stället för ${pct(f.alpha, l)}, och den bristande utförarens egna klienter suddar ut skillnaden.`
      : `Providers' clients differ (case mix ${say(f.caseMixSd, 2, l)} sd): an average provider with harder clients looks worse, so at that number an acceptable provider is flagged in ${pct(typicalFlagged, l)} of cases instead of ${pct(f.alpha, l)}, and the deficient provider's own clients blur the gap.`));
  }
  if (f.simulationN === null) {
    out.push(both((l) => l === 'sv'
      ? `Även med ${say(f.nMax, 0, l)} mätta klienter når simuleringen inte den styrka som krävs: med det här måttet går en sådan utförare i praktiken inte att upptäcka.`
      : `Even with ${say(f.nMax, 0, l)} measured clients the simulation does not reach the power asked for: with this measure such a provider cannot in practice be found.`));
  }
  if (out.length === 0) {
    out.push(both((l) => l === 'sv'
      ? 'Formeln och simuleringen stämmer inom avrundning och slumpfel: måttet har inget brus utöver urvalet.'
      : 'The formula and the simulation agree within rounding and Monte Carlo error: the measure adds no noise beyond sampling.'));
  }
  return out;
}

export interface PilotFacts {
  providers: number;
  months: number;
  measuredPerProvider: number;
  measuredTotal: number;
  followUpHours: number;
  reliability: number;
  scoreLow: number;
  scoreHigh: number;
  powerAtPilot: number;
  neededPerProvider: number | null;
  monthsNeeded: number | null;
  difference: number;
  power: number;
}

/** What a pilot of the scenario's size can show. */
export function pilotCanShow(f: PilotFacts): Text[] {
  return [
    both((l) => l === 'sv'
      ? `Genomförbarhet: om rutinen fungerar i vardagen – ungefär ${say(f.measuredTotal, 0, l)} bedömningar på ${say(f.months, 0, l)} månader hos ${say(f.providers, 0, l)} utförare, hur stort bortfallet blir och hur bedömarna använder skalan.`
      : `Feasibility: whether the routine works day to day – about ${say(f.measuredTotal, 0, l)} assessments in ${say(f.months, 0, l)} months at ${say(f.providers, 0, l)} providers, how large non-response is and how raters use the scale.`),
    both((l) => l === 'sv'
      ? `Tidsåtgång: omkring ${say(f.followUpHours, 0, l)} timmar extra uppföljningstid för socialsekreterarna.`
      : `Time use: about ${say(f.followUpHours, 0, l)} hours of extra follow-up time for the social workers.`),
    both((l) => l === 'sv'
      ? `Spridningen i resultat: utförarnas andelar kommer att ligga ungefär mellan ${pct(f.scoreLow, l)} och ${pct(f.scoreHigh, l)} (90 %), och det mesta av den spridningen är slump.`
      : `The spread of scores: providers' rates will lie roughly between ${pct(f.scoreLow, l)} and ${pct(f.scoreHigh, l)} (90 %), and most of that spread is chance.`),
  ];
}

/** What it cannot show. */
export function pilotCannotShow(f: PilotFacts): Text[] {
  const needed = f.neededPerProvider === null
    ? both((l) => (l === 'sv' ? 'fler mätta klienter än simuleringen prövade' : 'more measured clients than the simulation tried'))
    : both((l) => l === 'sv'
      ? `omkring ${say(f.neededPerProvider!, 0, l)} mätta klienter per utförare${f.monthsNeeded !== null ? `, vilket tar en typisk utförare ${say(f.monthsNeeded / 12, 1, l)} år` : ''}`
      : `about ${say(f.neededPerProvider!, 0, l)} measured clients per provider${f.monthsNeeded !== null ? `, which takes a typical provider ${say(f.monthsNeeded / 12, 1, l)} years` : ''}`);
  return [
    both((l) => l === 'sv'
      ? `Rangordna utförare: med omkring ${say(f.measuredPerProvider, 0, l)} mätta klienter per utförare är reliabiliteten ${say(f.reliability, 2, l)} – en rangordning skulle mest spegla slumpen.`
      : `Rank providers: with about ${say(f.measuredPerProvider, 0, l)} measured clients per provider the reliability is ${say(f.reliability, 2, l)} – a ranking would mostly reflect chance.`),
    both((l) => l === 'sv'
      ? `Peka ut bristande utförare: en utförare ${say(100 * f.difference, 0, l)} procentenheter sämre upptäcks bara i ${pct(f.powerAtPilot, l)} av fallen; för ${pct(f.power, l)} säkerhet krävs ${needed.sv}.`
      : `Single out deficient providers: a provider ${say(100 * f.difference, 0, l)} points worse is found in only ${pct(f.powerAtPilot, l)} of cases; ${pct(f.power, l)} certainty takes ${needed.en}.`),
  ];
}

/** The page's one sentence about the sample size. */
export function sampleSizeSentence(difference: number, power: number, perProvider: number | null, months: number | null): Text {
  if (perProvider === null) {
    return both((l) => l === 'sv'
      ? `En utförare ${say(100 * difference, 0, l)} procentenheter sämre går inte att hitta med ${pct(power, l)} säkerhet med det här måttet, hur många klienter som än mäts inom rimliga gränser.`
      : `A provider ${say(100 * difference, 0, l)} points worse cannot be found with ${pct(power, l)} certainty with this measure within any reasonable number of clients.`);
  }
  return both((l) => l === 'sv'
    ? `För att hitta en utförare som är ${say(100 * difference, 0, l)} procentenheter sämre med ${pct(power, l)} säkerhet behövs omkring ${say(perProvider, 0, l)} mätta klienter per utförare${months !== null ? `, vilket tar en typisk utförare ${say(months / 12, 1, l)} år` : ''}.`
    : `To find a provider ${say(100 * difference, 0, l)} points worse with ${pct(power, l)} certainty you need about ${say(perProvider, 0, l)} measured clients per provider${months !== null ? `, which takes a typical provider ${say(months / 12, 1, l)} years` : ''}.`);
}
