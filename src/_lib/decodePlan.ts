/**
 * Rebuilds the plan from the form `scripts/generate-plan.ts` stores it in, one
 * part at a time and only when it is first read, and freezes it all the way
 * down. The stored form is JSON, which V8 reads far faster than the same data
 * written as an object literal, plus the plan text, so that each Chinese text
 * of the plan is stored once instead of in every record that quotes it, and
 * each relation the plan states both ways is stored one way.
 *
 * `head` holds the plan's top-level fields, with each record or list that
 * holds spans stored as `0` (which keeps its place) and written out in
 * the list `parts` returns, in the same order. The returned plan is frozen;
 * each such field is a getter that decodes its part on first read and returns
 * the same frozen value ever after, so that loading the package parses nothing
 * a caller does not touch. `parts` is called on the first read of any part: in
 * the CommonJS build it loads them from a JSON file, which Node reads only
 * then (see tsup.config.ts). Each part is read in document order, and in it:
 *
 * - a span is `[gap, length]` or `[gap]`: it starts `gap` characters after the
 *   end of the span read before it in the same part (after 0 for the first),
 *   and runs `length` characters, or to the end of its line; its line number is
 *   counted in the text;
 * - a field that is `0` while its record's `source` has a span of the same
 *   name holds the text at that span;
 * - the fields that repeat what other records say are `0` and derived after
 *   reading (see `relate`): records' numbers, each task's id (`task-` and its
 *   number), unit ids and targets, each goal area's targets, each group's
 *   tasks, and each target's statement and `aspirational` flag.
 *
 * The generator checks that what this returns is, key for key, the plan it
 * built. Each part is a tree, so freezing it needs no record of what it has
 * seen: every object is listed once as it is read and frozen at the end.
 *
 * @param head - The plan's top-level fields in their stored form.
 * @param parts - Returns each field of `head` stored as `0`, in its stored form and order.
 * @param text - The plan text: the seed's lines 1–102, each ending in a line break.
 * @returns The plan, typed as the caller says (the generator writes the type from the same data).
 */
export function decodePlan<TPlan>(head: string, parts: () => StoredParts, text: string): TPlan {
  const plan: Record<string, unknown> = {};
  const decoded: unknown[] = [];
  let stored: StoredParts | undefined;
  /** The line of each character of the text, counted on first use. */
  let lineOf: Uint16Array | undefined;

  /** The decoded, frozen value of a part, the same on every call. */
  const part = <TPart>(name: string) => plan[name] as TPart;

  function decodePart(name: string, index: number): unknown {
    stored ??= parts();
    if (lineOf === undefined) {
      lineOf = new Uint16Array(text.length + 1);
      for (let at = 0, line = 1; at <= text.length; at += 1) {
        lineOf[at] = line;
        if (text.charCodeAt(at) === 10) line += 1;
      }
    }
    const lines = lineOf;
    let previousEnd = 0;
    const span = (spanStored: readonly number[]): Span => {
      const start = previousEnd + spanStored[0]!;
      const length = spanStored[1];
      previousEnd = length === undefined ? text.indexOf('\n', start) : start + length;
      return Object.freeze({ line: lines[start]!, start, end: previousEnd });
    };

    const objects: object[] = [];
    const visit = (record: Record<string, unknown>): void => {
      objects.push(record);
      for (const key in record) {
        const child = record[key] as Record<string, unknown>;
        if (key !== 'source') {
          if (child && typeof child === 'object') visit(child);
          continue;
        }
        objects.push(child);
        for (const name in child) {
          const spans = child[name] as readonly number[] | readonly (readonly number[])[];
          if (typeof spans[0] !== 'number') {
            child[name] = Object.freeze((spans as readonly (readonly number[])[]).map(span));
            continue;
          }
          const decodedSpan = (child[name] = span(spans as readonly number[]));
          if (record[name] === 0) record[name] = text.slice(decodedSpan.start, decodedSpan.end);
        }
      }
    };

    const value = JSON.parse(stored[index]!) as Record<string, unknown>;
    visit(value);
    relate(name, value);
    for (const object of objects) Object.freeze(object);
    return value;
  }

  /**
   * Derives the fields of one part that the stored form leaves out because
   * other records state them, decoding the other parts it needs. Plain loops:
   * this runs once, cold, where each closure and iterator costs more than the
   * work.
   */
  function relate(name: string, value: object): void {
    // The lists whose records are numbered 1, 2, … in the order they stand store each number as 0.
    const records = value as { number?: number }[];
    if (records[0]?.number === 0)
      for (let index = 0; index < records.length; index += 1) records[index]!.number = index + 1;
    if (name === 'targets') {
      for (const target of value as StoredTarget[]) {
        target.statement = target.mentions[0]!.words;
        target.aspirational = target.mentions.some((mention) => mention.aspirational);
      }
    } else if (name === 'goalAreas') {
      for (const area of value as { readonly id: string; targets: unknown }[]) area.targets = targetsOf(area.id);
    } else if (name === 'tasks') {
      const unitIdByName = new Map<string, string>();
      for (const unit of part<readonly { readonly id: string; readonly name: string }[]>('units'))
        unitIdByName.set(unit.name, unit.id);
      for (const task of value as StoredTask[]) {
        task.id = `task-${task.number}`;
        const ids: (string | undefined)[] = [];
        for (const { start, end } of task.source.leadUnits) ids.push(unitIdByName.get(text.slice(start, end)));
        task.leadUnits = Object.freeze(ids);
        task.targets = targetsOf(task.number);
      }
    } else if (name === 'taskGroups') {
      const tasks = part<readonly StoredTask[]>('tasks');
      for (const group of value as { readonly number: number; tasks: unknown }[]) {
        const numbers: number[] = [];
        for (const task of tasks) if (task.group === group.number) numbers.push(task.number);
        group.tasks = Object.freeze(numbers);
      }
    }
  }

  /** The ids of the targets a goal area (by id) or task (by number) mentions, in the order their words stand. */
  function targetsOf(owner: string | number): readonly string[] {
    const mentioned: { id: string; start: number }[] = [];
    for (const target of part<readonly StoredTarget[]>('targets')) {
      for (const mention of target.mentions) {
        if ((mention.kind === 'task' ? mention.task : mention.goalArea) === owner)
          mentioned.push({ id: target.id, start: mention.source.words.start });
      }
    }
    return Object.freeze([...new Set(mentioned.sort((a, b) => a.start - b.start).map(({ id }) => id))]);
  }

  // The head's own records (the period, the seed's lines) are frozen as they are read (freezing a string or
  // number returns it).
  const top = JSON.parse(head, (_key, value: unknown) => Object.freeze(value)) as Record<string, unknown>;
  let count = 0;
  for (const key in top) {
    if (top[key] !== 0) {
      plan[key] = top[key];
      continue;
    }
    const index = count++;
    Object.defineProperty(plan, key, { enumerable: true, get: () => (decoded[index] ??= decodePart(key, index)) });
  }
  return Object.freeze(plan) as TPlan;
}

/** The plan's parts in their stored form (JSON), in the order of their fields in the head. */
type StoredParts = readonly string[];

interface Span {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** The stored form of the records `relate` reads and writes. */
interface StoredTarget {
  readonly id: string;
  statement: unknown;
  aspirational: unknown;
  readonly mentions: readonly {
    readonly kind: 'goal-area' | 'task';
    readonly goalArea?: string;
    readonly task?: number;
    readonly words: string;
    readonly aspirational: boolean;
    readonly source: { readonly words: Span };
  }[];
}
interface StoredTask {
  id: string;
  number: number;
  readonly group: number;
  leadUnits: unknown;
  targets: unknown;
  readonly source: { readonly leadUnits: readonly Span[] };
}
