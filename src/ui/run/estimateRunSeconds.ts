/**
 * How long a batch of scenarios will take in this page, estimated before it runs, so a share
 * link or a restored autosave never starts a long run by itself. The work comes from the
 * engine's own resource estimate (every simulated referral); the speed is a cautious browser
 * figure per worker (the engine does about 7 million client-episodes a second per thread in
 * Node; a browser worker on a loaded machine somewhat less).
 */
import { compileScenario, type Scenario } from '../../engine.js';
import { estimateResources } from '../../core/validate/estimateResources.js';

export const REFERRALS_PER_WORKER_SECOND = 4e6;
/** Runs estimated to take longer than this wait for the user to press Run. */
export const AUTO_RUN_MAX_SECONDS = 3;

export function estimateRunSeconds(scenarios: readonly Scenario[], workers: number): number {
  let referrals = 0;
  for (const s of scenarios) {
    try {
      referrals += estimateResources(compileScenario(s)).referrals;
    } catch {
      // A scenario that does not compile will not run either; it adds no work.
    }
  }
  return referrals / (REFERRALS_PER_WORKER_SECOND * Math.max(1, workers));
}
