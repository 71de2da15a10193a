/**
 * What kind of record a look-up was for.
 * @example
 * ```ts
 * import { getTarget, targetsByCadence, UnknownIdError, type RecordKind } from 'nanjing-innovation-plan';
 * const kindOf = (lookUp: () => unknown): RecordKind | undefined => {
 *   try {
 *     lookUp();
 *   } catch (error) {
 *     if (error instanceof UnknownIdError) return error.kind;
 *   }
 *   return undefined;
 * };
 * kindOf(() => getTarget('talent' as never)) //=> 'target'
 * kindOf(() => targetsByCadence('monthly' as never)) //=> 'cadence'
 * ```
 * @category Queries
 */
export type RecordKind =
  | 'task'
  | 'unit'
  | 'target'
  | 'principle'
  | 'goal-area'
  | 'task-group'
  | 'measure'
  | 'cadence'
  | 'comparator'
  | 'target-kind';

/**
 * Thrown by the `get…` look-ups (and the relations that take an id) when the
 * id is not one of the plan's: the message names the bad input and either the
 * valid range or the nearest valid ids.
 *
 * @example
 * ```ts
 * import { getTask, UnknownIdError } from 'nanjing-innovation-plan';
 * try {
 *   getTask(33 as never);
 * } catch (error) {
 *   error instanceof UnknownIdError; //=> true
 *   (error as UnknownIdError).message //=> 'Unknown task number 33: tasks are numbered 1–32.'
 * }
 * ```
 * @category Queries
 */
export class UnknownIdError extends RangeError {
  override readonly name = 'UnknownIdError';
  /** What kind of record was asked for. */
  readonly kind: RecordKind;
  /** The input as given. */
  readonly input: unknown;
  /** The nearest valid ids or names, best first (empty where a range is given instead). */
  readonly suggestions: readonly string[];

  /**
   * @param kind - What kind of record was asked for.
   * @param input - The input as given.
   * @param message - The whole message, naming the input and the valid range or ids.
   * @param suggestions - The nearest valid ids or names, best first.
   */
  constructor(kind: RecordKind, input: unknown, message: string, suggestions: readonly string[] = []) {
    super(message);
    this.kind = kind;
    this.input = input;
    this.suggestions = Object.freeze([...suggestions]);
  }
}
