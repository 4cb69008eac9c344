/**
 * What every chart builder takes besides its data: the plot width in pixels (the page measures
 * its container), a description read out by screen readers (and printed under exports), and an
 * optional title (the page shows titles as headings; exports put the title into the image).
 */
import type { TopLevelSpec } from 'vega-lite';
import { configFor, SCHEMA_URL } from './palette.js';

export interface ChartFrame {
  width: number;
  description: string;
  title?: string;
}

/** The top-level fields shared by every single-view spec. */
export function frame(f: ChartFrame, height: number): Pick<TopLevelSpec, '$schema' | 'description' | 'config' | 'title' | 'autosize'> & { width: number; height: number } {
  return {
    $schema: SCHEMA_URL,
    // The given width is the whole chart, axes and legend included, so it fits its container.
    autosize: { type: 'fit-x', contains: 'padding' },
    description: f.description,
    ...titleOf(f),
    width: Math.max(120, Math.round(f.width)),
    height,
    config: configFor(f.width),
  };
}

/** The top-level fields shared by every faceted spec (a facet sizes its panels itself). */
export function facetFrame(f: ChartFrame): Pick<TopLevelSpec, '$schema' | 'description' | 'config' | 'title'> {
  return { $schema: SCHEMA_URL, description: f.description, ...titleOf(f), config: configFor(f.width) };
}

/** The title with the description as its subtitle, wrapped to the width, when the chart has a title. */
function titleOf(f: ChartFrame): Pick<TopLevelSpec, 'title'> {
  return f.title ? { title: { text: f.title, subtitle: wrap(f.description, Math.max(40, Math.floor(f.width / 6.5))) } } : {};
}

/** Breaks a sentence into lines of at most `max` characters (vega titles do not wrap). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
