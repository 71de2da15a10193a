/**
 * Rebuilds the plan from the form `scripts/generate-plan.ts` stores it in, and
 * freezes it all the way down. The stored form is JSON, which V8 reads far
 * faster than the same data written as an object literal, plus the plan text,
 * so that each Chinese text of the plan is stored once instead of in every
 * record that quotes it, and each relation the plan states both ways is
 * stored one way. The JSON is read in document order, and in it:
 *
 * - a span is `[gap, length]` or `[gap]`: it starts `gap` characters after the
 *   end of the span read before it and runs `length` characters, or to the end
 *   of its line; its line number is counted in the text;
 * - a field that is `0` while its record's `source` has a span of the same
 *   name holds the text at that span;
 * - the fields that repeat what other records say are `0` and derived after
 *   reading (see `relate`): records' numbers, each task's unit ids and
 *   targets, each goal area's targets, each group's tasks, and each target's
 *   statement and `aspirational` flag.
 *
 * The generator checks that what this returns is, key for key, the plan it
 * built. The result is a tree, so freezing it needs no record of what it has
 * seen: every object is listed once as it is read and frozen at the end.
 *
 * @param json - The plan in its stored form.
 * @param text - The plan text: the seed's lines 1–102, each ending in a line break.
 * @returns The plan, typed as the caller says (the generator writes the type from the same data).
 */
export function decodePlan<TPlan>(json: string, text: string): TPlan {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  let previousEnd = 0;

  function span(stored: readonly number[]): Span {
    const start = previousEnd + stored[0]!;
    const length = stored[1];
    const end = length === undefined ? text.indexOf('\n', start) : start + length;
    previousEnd = end;
    // The line is the last one that starts at or before `start`.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= start) low = middle;
      else high = middle - 1;
    }
    return Object.freeze({ line: low + 1, start, end });
  }

  function readSource(record: Record<string, unknown>, source: Record<string, unknown>): void {
    for (const name in source) {
      const stored = source[name] as readonly number[] | readonly (readonly number[])[];
      if (typeof stored[0] === 'number') {
        const decoded = span(stored as readonly number[]);
        source[name] = decoded;
        if (record[name] === 0) record[name] = text.slice(decoded.start, decoded.end);
      } else {
        source[name] = Object.freeze((stored as readonly (readonly number[])[]).map(span));
      }
    }
    Object.freeze(source);
  }

  const objects: object[] = [];
  function visit(value: object): void {
    objects.push(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        if (typeof item === 'object' && item !== null) visit(item);
      }
      return;
    }
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (key === 'source') readSource(record, child as Record<string, unknown>);
      else if (typeof child === 'object' && child !== null) visit(child);
    }
  }

  const plan = JSON.parse(json) as StoredPlan;
  visit(plan);
  relate(plan, text);
  for (const object of objects) Object.freeze(object);
  return plan as TPlan;
}

interface Span {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** The parts of the plan `relate` reads and writes. */
interface StoredPlan {
  readonly [list: string]: unknown;
  readonly units: readonly { readonly id: string; readonly name: string }[];
  readonly goalAreas: { readonly id: string; targets: unknown }[];
  readonly taskGroups: { readonly number: number; tasks: unknown }[];
  readonly tasks: {
    readonly number: number;
    readonly group: number;
    leadUnits: unknown;
    targets: unknown;
    readonly source: { readonly leadUnits: readonly Span[] };
  }[];
  readonly targets: {
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
  }[];
}

/** The lists whose records are numbered 1, 2, … in the order they stand. */
const NUMBERED = ['parts', 'sections', 'principles', 'goalAreas', 'taskGroups', 'tasks', 'measures'] as const;

/**
 * Derives the fields the stored form leaves out because other records state
 * them. Plain loops: this runs once, cold, where each closure and iterator
 * costs more than the work.
 */
function relate(plan: StoredPlan, text: string): void {
  for (const list of NUMBERED) {
    const records = plan[list] as { number: number }[];
    for (let index = 0; index < records.length; index += 1) records[index]!.number = index + 1;
  }

  // Each goal area's and task's targets, in the order their words stand in its text.
  const mentioned = new Map<string | number | undefined, { id: string; start: number }[]>();
  for (const target of plan.targets) {
    target.statement = target.mentions[0]!.words;
    target.aspirational = false;
    for (const mention of target.mentions) {
      if (mention.aspirational) target.aspirational = true;
      const key = mention.kind === 'task' ? mention.task : mention.goalArea;
      let list = mentioned.get(key);
      if (list === undefined) mentioned.set(key, (list = []));
      list.push({ id: target.id, start: mention.source.words.start });
    }
  }
  const targetsOf = (key: string | number): readonly string[] => {
    const ids: string[] = [];
    const list = (mentioned.get(key) ?? []).sort((a, b) => a.start - b.start);
    for (const { id } of list) if (!ids.includes(id)) ids.push(id);
    return Object.freeze(ids);
  };
  for (const area of plan.goalAreas) area.targets = targetsOf(area.id);

  const unitIdByName = new Map<string, string>();
  for (const unit of plan.units) unitIdByName.set(unit.name, unit.id);
  for (const task of plan.tasks) {
    const ids: (string | undefined)[] = [];
    for (const { start, end } of task.source.leadUnits) ids.push(unitIdByName.get(text.slice(start, end)));
    task.leadUnits = Object.freeze(ids);
    task.targets = targetsOf(task.number);
  }
  for (const group of plan.taskGroups) {
    const numbers: number[] = [];
    for (const task of plan.tasks) if (task.group === group.number) numbers.push(task.number);
    group.tasks = Object.freeze(numbers);
  }
}
