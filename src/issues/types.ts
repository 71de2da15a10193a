/**
 * The issue format shared by every validator of this package.
 *
 * @module
 */

/**
 * A stable, machine-readable code naming what is wrong. Codes never change
 * meaning; new ones may be added.
 *
 * Shape (any input):
 * - `invalid-type`: a value of the wrong JSON type (`expected a string, got a number 5`)
 * - `missing-field`: a required field is absent
 * - `unknown-field`: a field the format does not have (often a typo; see `suggestions`)
 * - `number-as-string`: a number written as a string (`"12"`)
 * - `non-finite-number`: `NaN` or `±Infinity` where a number is expected
 * - `not-an-integer`: a number with a fraction where a whole number is expected (`2022.5`)
 * - `unreadable`: a value that threw when read (a throwing getter, a Proxy's trap, a revoked Proxy)
 * - `circular-reference`: an object or array that contains itself
 * - `too-deep`: values nested more than 64 levels deep
 * - `invalid-value`: a value outside the allowed set (see `suggestions`)
 * - `invalid-format`: a string of the wrong form (a date, an id pattern)
 * - `too-small` / `too-big`: a number, string or list beyond its bounds (or an input of more than
 *   4,000,000 values)
 * - `too-many-issues`: the list was cut short; fix these and validate again
 *
 * Plans (`validatePlan`):
 * - `unresolved-reference`: an id or number that names no record
 * - `inconsistent-reference`: two records that should name each other do not
 * - `duplicate-id`: an id (or number, or name) used twice
 * - `non-contiguous-numbering`: numbers that do not run 1, 2, 3, … in order
 * - `span-out-of-bounds`: a source span with `end < start` or beyond the text
 * - `span-mismatch`: a source span that does not cover exactly its text
 * - `inconsistent-target`: a target whose fields contradict each other
 *
 * Progress reports and task-status feeds:
 * - `unknown-target`: a target id the plan does not have (see `suggestions`)
 * - `qualitative-target`: a figure reported for a target without a figure
 * - `year-out-of-period`: a year the target does not cover
 * - `year-after-as-of`: a figure for a year after the report's date
 * - `unknown-unit`: a unit this package does not know (see `suggestions`)
 * - `unit-kind-mismatch`: a unit of the wrong kind for the target (`%` for a count)
 * - `negative-value`: a negative figure where only ≥ 0 makes sense
 * - `value-out-of-range`: a figure outside its possible range (a share above 100 %)
 * - `duplicate-entry`: a second figure for the same target, year and scope
 *   (or, in a task-status feed, the same task, unit and year)
 * - `scope-required`: a city-wide figure for a target that applies to each district
 * - `unknown-task`: a task number the plan does not have
 * - `unknown-unit-id`: a unit id the plan does not have (see `suggestions`)
 * - `unit-not-responsible`: a unit reporting on a task it is not named on
 * - `unit-name-not-id`: no longer reported since 0.2.0, when feeds began to
 *   take a unit by its name as well as by its id
 * - `ambiguous-unit`: a unit written so that it fits several units
 *   (`big data`; the candidates' ids in `suggestions`)
 * - `not-a-whole-number`: a count of things (enterprises, people, patents, …)
 *   that is not a whole number once in base units (`1.5 家`)
 * - `blank-text`: a name (`reporter`, `scope`) that is empty or only whitespace
 * - `invalid-as-of`: the `asOf` option is not a valid `YYYY-MM-DD` date
 * - `as-of-too-early`: a report's date (or the `asOf` option) before the
 *   earliest year any target is reported for
 * - `as-of-too-late`: a report's date (or the `asOf` option) after 2100-12-31
 * @example
 * ```ts
 * import { validateTaskStatusFeed, type IssueCode } from 'nanjing-innovation-plan/schema';
 * const feed = [{ task: 1, unit: '市工信局', year: 2021, status: 'done' }];
 * const codes: IssueCode[] = validateTaskStatusFeed(feed).issues.map((issue) => issue.code);
 * codes //=> ['unit-not-responsible', 'year-out-of-period', 'invalid-value']
 * ```
 * @category Schemas
 */
export type IssueCode =
  | 'invalid-type'
  | 'missing-field'
  | 'unknown-field'
  | 'number-as-string'
  | 'non-finite-number'
  | 'not-an-integer'
  | 'unreadable'
  | 'circular-reference'
  | 'too-deep'
  | 'invalid-value'
  | 'invalid-format'
  | 'too-small'
  | 'too-big'
  | 'too-many-issues'
  | 'unresolved-reference'
  | 'inconsistent-reference'
  | 'duplicate-id'
  | 'non-contiguous-numbering'
  | 'span-out-of-bounds'
  | 'span-mismatch'
  | 'inconsistent-target'
  | 'unknown-target'
  | 'qualitative-target'
  | 'year-out-of-period'
  | 'year-after-as-of'
  | 'unknown-unit'
  | 'unit-kind-mismatch'
  | 'negative-value'
  | 'value-out-of-range'
  | 'duplicate-entry'
  | 'scope-required'
  | 'unknown-task'
  | 'unknown-unit-id'
  | 'unit-not-responsible'
  | 'unit-name-not-id'
  | 'ambiguous-unit'
  | 'not-a-whole-number'
  | 'blank-text'
  | 'invalid-as-of'
  | 'as-of-too-early'
  | 'as-of-too-late';

/**
 * One thing wrong with an input: where, what (as a stable code), and a
 * message in Chinese and in English.
 *
 * @example
 * ```ts
 * validateProgressReport({
 *   reporter: '示例', asOf: '2023-12-31',
 *   entries: [{ target: 'high-tech-enterprises', year: 2023, value: 12, unit: '%' }],
 * }).issues[0]
 * //=> {
 * //   path: 'entries[0].unit',
 * //   code: 'unit-kind-mismatch',
 * //   message: '单位 "%" 不适用于目标“high-tech-enterprises”(enterprises);应为:家、万家、个',
 * //   messageEn: 'unit "%" does not fit target "high-tech-enterprises" (enterprises); use one of: 家, 万家, 个',
 * //   suggestions: ['家', '万家', '个'],
 * // }
 * ```
 * @category Schemas
 */
export interface ValidationIssue {
  /** Where, as a JavaScript-style path from the input's root (`tasks[7].leadUnits[2]`); `''` for the root itself. */
  readonly path: string;
  /** What, as a stable code. */
  readonly code: IssueCode;
  /** The message in Chinese. */
  readonly message: string;
  /** The message in English. */
  readonly messageEn: string;
  /** Values that would be accepted here, nearest first, where there are any. */
  readonly suggestions?: readonly string[];
}

/**
 * The result of a validator: the validated (and normalized) data, or the
 * issues found. Validators return it and never throw on bad data.
 *
 * @example
 * ```ts
 * import { plan } from 'nanjing-innovation-plan';
 * import { validatePlan } from 'nanjing-innovation-plan/schema';
 * const result = validatePlan(plan);
 * result.success //=> true
 * result.success && result.data.tasks.length //=> 32
 * ```
 * @category Schemas
 */
export type ValidationResult<TData> =
  | { readonly success: true; readonly data: TData; readonly issues: readonly [] }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };
