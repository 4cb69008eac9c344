/**
 * A shipped scenario's story as a reader wants it: other scenarios named by their titles, not
 * their file names, and the city documents by name, not by their short codes.
 */
import type { Lang } from '../../i18n/Lang.js';
import type { LibraryEntry } from '../state/scenarioLibrary.js';
import { sourceDocument } from './sourceDocument.js';

export function storyText(text: string, library: readonly LibraryEntry[], lang: Lang): string {
  return text
    .replace(/\b([a-z0-9-]+)\.json\b/g, (m, _id: string) => {
      const e = library.find((x) => x.file === m);
      return e?.scenario ? `”${e.scenario.title[lang]}”` : m.replace(/\.json$/, '');
    })
    .replace(/\b(Underlag|Seed document|Source document): (\d{3})( och (\d{3}))?/g, (_m, word: string, a: string, _b, c: string | undefined) =>
      `${lang === 'sv' ? 'Underlag' : 'Source'}: ${sourceDocument(a, lang)}${c ? `; ${sourceDocument(c, lang)}` : ''}`);
}
