/** Everything a chart figure shows: title, sentence, the spec (by width) and its table. */
import type { TopLevelSpec } from 'vega-lite';
import type { TableData } from '../data/TableData.js';

export interface FigureModel {
  /** Stable id, used for element ids and file names. */
  id: string;
  title: string;
  description: string;
  /** Builds the spec for a width in pixels; with a title for exports. */
  spec: (width: number, title?: string) => TopLevelSpec;
  table: TableData;
}
