import { describeValue } from '../_lib/describe.js';
import { fromZodIssues } from '../issues/_fromZod.js';
import { failure, IssueList, makeIssue, readInput, readOptions, success, valueAt } from '../issues/_helpers.js';
import type { ValidationResult } from '../issues/types.js';
import type { Plan } from '../model/types.js';
import { planContext, referenceChecks } from './_references.js';
import { checkSpans } from './_spans.js';
import { PlanSchema } from './planSchemas.js';

/**
 * Options of {@link validatePlan}.
 * @example
 * ```ts
 * import { plan } from 'nanjing-innovation-plan';
 * import { validatePlan, type ValidatePlanOptions } from 'nanjing-innovation-plan/schema';
 * const options: ValidatePlanOptions = { maxIssues: 2 };
 * validatePlan({ ...plan, goalAreas: [] }, options).issues.map((issue) => issue.code)
 * //=> ['unresolved-reference', 'unresolved-reference', 'too-many-issues']
 * // the spans must also lie inside the text given as the source
 * validatePlan(plan, { sourceText: 'not the seed' }).issues[0]
 * //=> { path: 'header.source.title', code: 'span-out-of-bounds',
 * //     messageEn: 'span ends (32) beyond the source text (length 12)', … }
 * ```
 * @category Schemas
 */
export interface ValidatePlanOptions {
  /**
   * The whole source text the plan's spans point into. When given, every
   * span must also lie inside it, cover exactly its field's text and start
   * on the line it names; without it, a span is checked against its field's
   * length only.
   */
  readonly sourceText?: string;
  /** Most issues to list before cutting the list short (default 200). */
  readonly maxIssues?: number;
}

const PLAN_KEYS = Object.keys(PlanSchema.unwrap().shape);

/**
 * Checks a whole plan: its shape (as {@link PlanSchema}) and then what a
 * schema cannot say: every reference resolves (task groups ↔ tasks, tasks →
 * units and targets, goal areas → targets, target mentions → goal areas and
 * tasks, each in both directions), ids and numbers are unique, numbering runs
 * 1, 2, 3, … in order, task ids read `task-<number>`, quantitative targets
 * are consistent (a figure unless `rise`, an upper bound exactly for ranges),
 * a target mention's span lies inside the text of the goal area or task it
 * names and covers its words there, and every source span covers exactly
 * its text (and, given `options.sourceText`, lies inside it on the line it
 * names).
 *
 * Never throws on bad data (options `null` or left out mean the defaults;
 * options of the wrong type are an issue at `options`); never mutates the
 * input; the result is frozen all the way down (the data is a copy).
 *
 * @param input - Any value, e.g. a parsed JSON file.
 * @param options - See {@link ValidatePlanOptions}.
 * @returns `{ success: true, data }` with the plan (frozen), or `{ success: false, issues }`.
 * @example
 * ```ts
 * import { plan } from 'nanjing-innovation-plan';
 * import { validatePlan } from 'nanjing-innovation-plan/schema';
 * validatePlan(plan).success //=> true
 * const broken = {
 *   ...plan,
 *   tasks: plan.tasks.map((t) => t.number === 8 ? { ...t, leadUnits: ['industry-it-bureau', 'nobody'] } : t),
 * };
 * validatePlan(broken).issues[0]
 * //=> { path: 'tasks[7].leadUnits[1]', code: 'unresolved-reference', message: '…',
 * //     messageEn: 'unit "nobody" is not in units' }
 * ```
 * @category Schemas
 */
export function validatePlan(input: unknown, options?: ValidatePlanOptions | null): ValidationResult<Plan> {
  const read = readOptions(options);
  if ('code' in read) return failure([read]);
  const sourceText = valueAt(read.options, ['sourceText']) ?? undefined;
  if (sourceText !== undefined && typeof sourceText !== 'string') {
    const found = describeValue(sourceText);
    return failure([
      makeIssue(
        'options.sourceText',
        'invalid-type',
        `sourceText 应为字符串(或省略),实际为${found.zh}`,
        `sourceText must be a string (or left out), got ${found.en}`,
      ),
    ]);
  }
  const issues = new IssueList(read.maxIssues);
  // Read once into a copy of our own: everything below judges (and zod freezes) only that copy.
  const copy = readInput(input);
  if (!('value' in copy)) {
    issues.push(...copy);
    return failure(issues.items);
  }
  const parsed = PlanSchema.safeParse(copy.value);
  if (!parsed.success) {
    issues.push(...fromZodIssues(parsed.error.issues, copy.value, { knownKeys: PLAN_KEYS }));
    return failure(issues.items);
  }
  const data = parsed.data;
  const context = planContext(data, issues);
  for (const check of referenceChecks) check(context);
  checkSpans(data, sourceText, issues);
  return issues.items.length === 0 ? success(data) : failure(issues.items);
}
