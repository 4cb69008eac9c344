/**
 * UI text lookup: `t(lang, key, vars)` with `{name}` placeholders. All texts live in
 * strings/, one file per area, each entry Swedish and English side by side.
 */
import type { Text } from '../core/model/ParamSpec.js';
import type { Lang } from './Lang.js';
import { appText } from './strings/appText.js';
import { resultsText } from './strings/resultsText.js';
import { editorText } from './strings/editorText.js';
import { compareText } from './strings/compareText.js';
import { reportText } from './strings/reportText.js';
import { pilotText } from './strings/pilotText.js';
import { sensitivityText } from './strings/sensitivityText.js';
import { designText } from './strings/designText.js';

const ALL = { ...appText, ...resultsText, ...editorText, ...compareText, ...reportText, ...designText, ...sensitivityText, ...pilotText } as const satisfies Record<string, Text>;

export type TextKey = keyof typeof ALL;

export function t(lang: Lang, key: TextKey, vars?: Readonly<Record<string, string | number>>): string {
  const text = ALL[key][lang];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
