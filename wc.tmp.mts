import { WORST_CASE_FAMILIES, atMaxRuns } from './test/support/worstCaseScenarios.ts';
import { validateScenario, compileScenario } from './src/core/index.ts';
import { estimateResources } from './src/core/scenario/estimateResources.ts';
for (const f of WORST_CASE_FAMILIES) {
  const v = validateScenario(f.scenario);
  if (!v.ok) { console.log(f.name, 'REFUSED at 1 run', v.issues); continue; }
  const m = atMaxRuns(f)!;
  const e = estimateResources(compileScenario(m.scenario)).work;
  console.log(f.name, 'max runs', m.scenario.runs, e.seconds.toFixed(1), e.parts.map(p => `${p.source}=${p.seconds.toFixed(1)}`).join(' '));
  const over = validateScenario({ ...m.scenario, runs: m.scenario.runs + 1 });
  if (!over.ok) console.log('   ', over.issues.map(i => `${i.path}: ${i.problem}; ${i.allowed}`).join('\n    '));
}
