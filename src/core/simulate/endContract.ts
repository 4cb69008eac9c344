/**
 * End provider j's contract after month `month`: it leaves, its clients move to the fallback
 * (with their discharge dates from month + 1 on), and procurement may replace it after its delay.
 */
import type { RunState } from '../state/RunState.js';

export function endContract(s: RunState, j: number, month: number): void {
  s.active[j] = 0;
  s.endedAt[j] = month;
  const stride = s.months + 1;
  s.fallbackOccupancy += s.occupancy[j];
  s.occupancy[j] = 0;
  for (let m = month + 1; m < s.months; m++) {
    s.fallbackDischarges[m] += s.discharges[j * stride + m];
    s.discharges[j * stride + m] = 0;
  }
}
