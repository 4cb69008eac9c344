/**
 * One run of a scenario in detail: every provider's payment periods as the payment rule saw
 * them (measured clients, recorded good outcomes, flagged or not) next to the truth (its true
 * good-outcome rate, whether it is deficient). The run is simulated again on its own with an
 * observer (simulate/RunObserver); a run depends only on (seed, run), so this is exactly run
 * `run` of the whole batch, and its row of metrics says so.
 *
 * The true rate of a period is the chance of a good outcome that the provider's quality (its
 * effect that period) and its case mix give its clients, in expectation over need, age and
 * sex: what a perfect measure with endless clients would show. A period's measured rate
 * scatters around it by sampling noise, and moves off it where the measure misrecords
 * outcomes or reports are inflated.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';
import { QUANTITY_COUNT } from '../metrics/metricCatalogue.js';
import type { ObservationModel } from '../measure/ObservationModel.js';
import { providerTrueScore } from '../measure/providerTrueScore.js';
import type { ObservedRun, RunObserver, SettledSegment } from './RunObserver.js';
import { simulateRun } from './simulateRun.js';

/** Provider × period cells, row-major (cell = provider · periods + period), as typed arrays for postMessage. */
export interface CapturedRun {
  /** Run index, 0-based (run r of the batch is row r of its metrics). */
  run: number;
  providers: number;
  periods: number;
  periodMonths: number;
  horizonMonths: number;
  /** 1 where the provider held its contract when the period was settled (the other cells are 0). */
  settled: Uint8Array;
  measured: Float64Array;
  /** Recorded good outcomes, as reported (including any over-reporting). */
  successes: Float64Array;
  /** Expected good-outcome rate of the provider's clients that period (see above). */
  trueRate: Float64Array;
  flagged: Uint8Array;
  deficient: Uint8Array;
  /** The run's row of quantities (metricCatalogue), identical to its row in the batch. */
  metrics: Float64Array;
}

export function captureRun(c: CompiledScenario, run: number): CapturedRun {
  if (!(Number.isInteger(run) && run >= 0 && run < c.runs)) throw new RangeError(`run ${run + 1} is not one of the scenario's ${c.runs} runs`);
  const metrics = new Float64Array(QUANTITY_COUNT);
  const capture = new PeriodCapture(c, run);
  simulateRun(c, run, metrics, 0, capture);
  return capture.result(metrics);
}

/** A perfect measure: every client counted, recorded good exactly when the outcome is good. */
const TRUE_OUTCOME: Pick<ObservationModel, 'countedGoodGivenTrue' | 'countedGivenTrue'> = {
  countedGoodGivenTrue: Float64Array.of(0, 0, 1, 1),
  countedGivenTrue: Float64Array.of(1, 1),
};

class PeriodCapture implements RunObserver {
  private run: ObservedRun | null = null;
  private periods = 0;
  private cells: Omit<CapturedRun, 'metrics' | 'run' | 'providers' | 'periods' | 'periodMonths' | 'horizonMonths'> | null = null;

  constructor(private readonly c: CompiledScenario, private readonly runIndex: number) {}

  begin(run: ObservedRun): void {
    this.run = run;
    this.periods = run.s.periods;
    const n = run.s.providers * run.s.periods;
    this.cells = {
      settled: new Uint8Array(n), measured: new Float64Array(n), successes: new Float64Array(n),
      trueRate: new Float64Array(n).fill(NaN), flagged: new Uint8Array(n), deficient: new Uint8Array(n),
    };
  }

  settled(q: number, offset: number, seg: SettledSegment): void {
    const run = this.run!, cells = this.cells!;
    const { s, views, needScale } = run;
    const g = this.c.providerSegment[offset];
    const view = views[g];
    const perfect = { ...view.om, ...TRUE_OUTCOME };
    for (let k = 0; k < seg.count; k++) {
      if (!seg.active[k]) continue;
      const j = offset + k;
      const cell = j * this.periods + q;
      cells.settled[cell] = 1;
      cells.measured[cell] = seg.measured[k];
      cells.successes[cell] = seg.successes[k];
      cells.flagged[cell] = seg.flagged[k] === 1 ? 1 : 0;
      cells.deficient[cell] = s.deficient[j];
      cells.trueRate[cell] = providerTrueScore(perfect, view, s.needMean[j], needScale[g], s.effect[j]);
    }
  }

  result(metrics: Float64Array): CapturedRun {
    const s = this.run!.s;
    return {
      run: this.runIndex, providers: s.providers, periods: s.periods, periodMonths: this.c.periodMonths, horizonMonths: this.c.horizonMonths,
      ...this.cells!, metrics,
    };
  }
}
