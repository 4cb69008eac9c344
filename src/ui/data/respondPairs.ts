/**
 * Each design of a comparison "if providers do not respond" and "if providers respond" (see
 * state/responsePlan): one card per assumption that has finished runs on both sides. Compare
 * shows the cards side by side; the printed report shows the same differences as a table.
 */
import type { Lang } from '../../i18n/Lang.js';
import type { ComparisonRun } from '../state/ComparisonRun.js';
import { ASSUMPTIONS, type Assumption } from '../state/responsePlan.js';
import { comparisonCard, type CardModel } from './comparisonFigures.js';

export interface RespondPair {
  /** The design's place among the comparison's designs. */
  designIndex: number;
  /** The design's title. */
  design: string;
  columns: Array<{ assumption: Assumption; card: CardModel }>;
}

export function respondPairs(c: ComparisonRun | null, L: Lang): RespondPair[] {
  if (!c) return [];
  return c.pairs.flatMap((p) => {
    const design = c.designs[p.designIndex];
    const columns = ASSUMPTIONS.flatMap((assumption) => {
      const d = c.byKey.get(p.columns[assumption].design), b = c.byKey.get(p.columns[assumption].baseline);
      return d && b && d.result.runs > 0 && b.result.runs > 0 ? [{ assumption, card: comparisonCard(d, b, L) }] : [];
    });
    return design && columns.length ? [{ designIndex: p.designIndex, design: design.scenario.title[L], columns }] : [];
  });
}
