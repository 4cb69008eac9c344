/** A message at the top of the page, kept as a text key so it follows the language switch. */
import type { TextKey } from '../../i18n/t.js';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  key: TextKey;
  vars?: Record<string, string | number>;
  /** Extra lines (e.g. the problems found in a file), shown as a list. */
  details?: string[];
}
