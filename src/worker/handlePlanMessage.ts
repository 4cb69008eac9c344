/**
 * The worker side of the pilot planner: compile the scenario and lay out the plan once per
 * load (planSetup is deterministic, so every worker gets the same setup), then run tasks. The
 * scenario comes validated by PlanPool (see workerEngine).
 */
import { compileScenario, type CompiledScenario } from './workerEngine.js';
import { planSetup, type PlanSetup } from '../core/plan/planPilot.js';
import { emptyRocCounts, rocCounts } from '../core/plan/rocCurve.js';
import { emptyPowerCounts, simulatePower } from '../core/plan/simulatePower.js';
import type { PlanTaskData, PlanToWorker } from './planProtocol.js';
import type { FromWorker } from './protocol.js';

export function createPlanHandler(post: (message: FromWorker, transfer: ArrayBuffer[]) => void): (message: PlanToWorker) => void {
  let loaded: { job: number; c: CompiledScenario; setup: PlanSetup } | null = null;
  return (message) => {
    try {
      if (message.type === 'plan-load') {
        const c = compileScenario(message.scenario);
        loaded = { job: message.job, c, setup: planSetup(c, message.options) };
        return;
      }
      if (!loaded || loaded.job !== message.job) throw new Error(`plan job ${message.job} was not loaded`);
      const { c, setup } = loaded;
      const task = message.task;
      let data: PlanTaskData;
      if (task.kind === 'roc') {
        const r = rocCounts(c, setup.roc, task.from, task.to, emptyRocCounts(setup.roc, c.segments.length));
        data = { kind: 'roc', ...r };
      } else {
        const ps = setup.power[task.service];
        const p = simulatePower(ps, task.from, task.to, emptyPowerCounts(ps.nMax));
        data = { kind: 'power', service: task.service, ...p };
      }
      const buffers = data.kind === 'roc' ? [data.tallies, data.measured, data.providerMonths, data.clientMonths] : [data.flaggedDeficient, data.flaggedTypical];
      post({ type: 'plan-task', job: message.job, task: task.id, data }, buffers.map((b) => b.buffer as ArrayBuffer));
    } catch (e) {
      post({ type: 'error', job: message.job, message: e instanceof Error ? e.message : String(e) }, []);
    }
  };
}
