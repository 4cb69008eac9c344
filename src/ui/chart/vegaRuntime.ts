/**
 * The chart runtime, loaded on first use so the page shell and the first simulation start
 * before the (large) Vega libraries arrive. Charts use Vega's expression interpreter, not
 * generated code, so the page runs under a Content Security Policy without 'unsafe-eval'.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { View } from 'vega';
import type { Lang } from '../../i18n/Lang.js';

type Runtime = {
  embed: typeof import('vega-embed').default;
  vega: typeof import('vega');
  vegaLite: typeof import('vega-lite');
  expr: typeof import('vega-interpreter').expressionInterpreter;
};

let loading: Promise<Runtime> | null = null;

export function loadRuntime(): Promise<Runtime> {
  loading ??= Promise.all([import('vega-embed'), import('vega'), import('vega-lite'), import('vega-interpreter')]).then(([e, vega, vegaLite, i]) => ({
    embed: e.default, vega, vegaLite, expr: i.expressionInterpreter,
  }));
  return loading;
}

/** d3-format locales: Swedish groups with a no-break space and uses a decimal comma. */
export const NUMBER_LOCALE: Record<Lang, Record<string, unknown>> = {
  sv: { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0kr'], percent: '\u00a0%', minus: '\u2212' },
  en: { decimal: '.', thousands: ',', grouping: [3], currency: ['SEK\u00a0', ''], minus: '\u2212' },
};

export interface Rendered {
  view: View;
  finalize: () => void;
}

/**
 * Charts are drawn one at a time, in the order asked (page order), so the first chart of a
 * fresh result appears as soon as it alone is drawn instead of after all of them.
 */
let queue: Promise<unknown> = Promise.resolve();

/** Draws a spec into an element as SVG (crisp, and readable by screen readers). */
export function renderChart(el: HTMLElement, spec: TopLevelSpec, lang: Lang): Promise<Rendered> {
  const next = queue.then(() => drawNow(el, spec, lang));
  queue = next.catch(() => undefined);
  return next;
}

async function drawNow(el: HTMLElement, spec: TopLevelSpec, lang: Lang): Promise<Rendered> {
  const rt = await loadRuntime();
  const result = await rt.embed(el, spec, {
    actions: false, renderer: 'svg', defaultStyle: false, ast: true, expr: rt.expr,
    formatLocale: NUMBER_LOCALE[lang], tooltip: { theme: 'light' },
  });
  return { view: result.view, finalize: result.finalize };
}

/** Renders a spec off screen (with its title) and returns a PNG data URL or SVG text. */
export async function exportChart(spec: TopLevelSpec, format: 'png' | 'svg', lang: Lang): Promise<string> {
  const rt = await loadRuntime();
  rt.vega.formatLocale(NUMBER_LOCALE[lang] as never);
  const runtime = rt.vega.parse(rt.vegaLite.compile(spec).spec, undefined, { ast: true });
  const view = new rt.vega.View(runtime, { renderer: 'none', expr: rt.expr });
  try {
    await view.runAsync();
    return format === 'png' ? await view.toImageURL('png', 2) : await view.toSVG();
  } finally {
    view.finalize();
  }
}
