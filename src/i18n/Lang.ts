/** The page's two languages: Swedish first, English by a switch. */
import type { Text } from '../core/model/ParamSpec.js';

export type Lang = 'sv' | 'en';
export const LANGS: readonly Lang[] = ['sv', 'en'];

/** The text of a bilingual pair in the chosen language. */
export function pick(text: Text, lang: Lang): string {
  return text[lang];
}

/** The BCP 47 locale used for numbers, so a Swedish reader sees 1 234,5 and an English one 1,234.5. */
export function localeOf(lang: Lang): string {
  return lang === 'sv' ? 'sv-SE' : 'en-GB';
}

export function isLang(x: unknown): x is Lang {
  return x === 'sv' || x === 'en';
}
