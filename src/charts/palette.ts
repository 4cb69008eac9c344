/**
 * Okabe–Ito colours (safe for the common kinds of colour blindness) and the chart theme every
 * spec shares. Yellow is left out of marks: it has too little contrast on white.
 */
import type { Config } from 'vega-lite';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

/** Category order: the baseline first in blue, designs after. */
export const CATEGORY_COLOURS: readonly string[] = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.vermillion, OKABE_ITO.purple, OKABE_ITO.skyBlue, OKABE_ITO.black];

/** Text colour on white with a contrast of 15:1. */
export const INK = '#1a1a1a';

export const chartConfig: Config = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  background: '#ffffff',
  padding: 8,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 13, titleFontWeight: 'normal', labelColor: INK, titleColor: INK, domainColor: '#555555', tickColor: '#555555', gridColor: '#e3e3e3' },
  legend: { labelFontSize: 12, titleFontSize: 13, titleFontWeight: 'normal', labelColor: INK, titleColor: INK, orient: 'bottom', direction: 'horizontal', labelLimit: 320 },
  header: { labelFontSize: 13, labelColor: INK, titleFontSize: 13, titleColor: INK },
  title: { fontSize: 15, fontWeight: 'bold', color: INK, subtitleColor: INK, subtitleFontSize: 12, anchor: 'start' },
  range: { category: [...CATEGORY_COLOURS] },
  text: { color: INK, fontSize: 12 },
};

export const SCHEMA_URL = 'https://vega.github.io/schema/vega-lite/v6.json';

/** The theme for a chart of a given width: narrow charts (phones) stack their legend entries. */
export function configFor(width: number): Config {
  if (width >= 560) return chartConfig;
  return { ...chartConfig, legend: { ...chartConfig.legend, direction: 'vertical', columns: 1, labelLimit: Math.max(160, width - 40) } };
}

/** Room for row labels on a y axis: at most 260 px, and never more than 40 % of the chart. */
export function labelRoom(width: number): number {
  return Math.round(Math.min(260, Math.max(90, width * 0.4)));
}

/**
 * A long category label broken into lines that fit the label room (about 6.5 px a character
 * at the axis font, 7 px to be safe with wide letters), so "Till uppföljning och rapportering" is read
 * whole, not cut off.
 */
export function wrapLabel(text: string, roomPx: number): string {
  const max = Math.max(8, Math.floor(roomPx / 7));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Axis settings that show a wrapped label on several lines. */
export const WRAPPED_AXIS = { labelExpr: "split(datum.label, '\\n')" } as const;
