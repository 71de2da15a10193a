// Everything the pages show, read from the built package's public entries (dist/) and arranged for the pages.

import { english } from '../dist/en.js';
import { plan, responsibilityMatrix } from '../dist/index.js';
import { evaluatePlan, observations } from '../dist/observations.js';

/**
 * @param {{ asOf: string }} options the date the scorecard is judged at
 */
export function loadSiteData({ asOf }) {
  const result = evaluatePlan({ asOf });
  if (!result.success) throw new Error(`build-site: evaluatePlan failed for ${asOf}: ${JSON.stringify(result.issues)}`);
  const scorecard = result.data;
  const evaluationOf = new Map(scorecard.targets.map((e) => [e.target, e]));
  const targetOf = new Map(plan.targets.map((t) => [t.id, t]));
  const unitOf = new Map(plan.units.map((u) => [u.id, u]));
  const usedIds = new Set(scorecard.targets.flatMap((e) => e.citations.map((c) => c.observation)));
  /** @type {Map<string, any[]>} */
  const observationsOf = new Map(plan.targets.map((t) => [t.id, []]));
  for (const o of observations) observationsOf.get(o.target)?.push(o);
  for (const list of observationsOf.values()) list.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  // The latest publication date among the figures the scorecard uses: the date its figures stand on.
  const usedDates = observations
    .filter((o) => usedIds.has(o.id) && o.published !== null)
    .map((o) => o.published)
    .sort();
  const figuresStandOn = usedDates.at(-1) ?? null;
  const latestYear = Math.max(...scorecard.targets.flatMap((e) => e.citations.map((c) => c.year)));
  /** Goal area of a target (`null` for the 13 targets stated only in tasks). */
  const goalAreaOf = new Map();
  for (const area of plan.goalAreas) for (const id of area.targets) goalAreaOf.set(id, area);
  const tasksOf = new Map(plan.targets.map((t) => [t.id, plan.tasks.filter((task) => task.targets.includes(t.id))]));
  const onlyInTasks = plan.targets.filter((t) => !goalAreaOf.has(t.id)).map((t) => t.id);
  const matrix = responsibilityMatrix();
  return {
    plan,
    english,
    scorecard,
    asOf: scorecard.asOf,
    figuresStandOn,
    latestYear,
    evaluationOf,
    targetOf,
    unitOf,
    usedIds,
    observationsOf,
    goalAreaOf,
    tasksOf,
    onlyInTasks,
    matrix,
    englishSentenceAt,
  };
}

/**
 * The English sentences whose Chinese covers a span of the seed.
 * @param {{ line: number, start: number, end: number }} span
 */
function englishSentenceAt(span) {
  return english.sentences.filter(
    (s) => s.source.line === span.line && s.source.start < span.end && span.start < s.source.end,
  );
}
