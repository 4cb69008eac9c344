/** The page's views, addressed by the URL fragment (`#results`); `#s=…` is a share link instead. */
import type { TextKey } from '../i18n/t.js';

export type ViewId = 'results' | 'editor' | 'library' | 'compare' | 'pilot' | 'report' | 'sensitivity' | 'accessibility';

export const VIEWS: ReadonlyArray<{ id: ViewId; label: TextKey; inNav: boolean }> = [
  { id: 'results', label: 'viewResults', inNav: true },
  { id: 'editor', label: 'viewEditor', inNav: true },
  { id: 'library', label: 'viewLibrary', inNav: true },
  { id: 'compare', label: 'viewCompare', inNav: true },
  { id: 'pilot', label: 'viewPilot', inNav: true },
  { id: 'report', label: 'viewReport', inNav: true },
  { id: 'sensitivity', label: 'viewSensitivity', inNav: true },
  { id: 'accessibility', label: 'viewAccessibility', inNav: false },
];

export function viewFromHash(hash: string): ViewId | null {
  const id = hash.replace(/^#/, '');
  return VIEWS.some((v) => v.id === id) ? (id as ViewId) : null;
}
