/**
 * A parameter's source as a reader wants it: the city documents cited by name (the model
 * files refer to them by a short code) and no references to the project's working files.
 */
import type { Lang } from '../../i18n/Lang.js';
import { sourceDocument } from './sourceDocument.js';

export function citation(source: string, lang: Lang): string {
  return source
    .replace(/\(?\bseed (\d{3})\)?/gi, (_m, code: string) => `(${sourceDocument(code, lang)})`)
    .replace(/\b(DESIGN|DEFAULTS)\.md (default|assumption)/g, (_m, _f, kind: string) => `model ${kind}`)
    .replace(/\s*\((DESIGN|DEFAULTS)\.md[^)]*\)/g, '')
    .replace(/\b(DESIGN|DEFAULTS)\.md\b[,;:]?\s*/g, '')
    .replace(/\s*\bDESIGN\s*§\s*\d+(\.\d+)?/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
