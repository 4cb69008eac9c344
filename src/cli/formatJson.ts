/** The report as JSON: the CLI's machine-readable contract, indented, ending in a newline. */
import type { Report } from './buildReport.js';

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
