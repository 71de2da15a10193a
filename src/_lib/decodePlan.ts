/**
 * Rebuilds the plan from the form `scripts/generate-plan.ts` stores it in, one
 * part at a time and only when it is first read, and freezes it all the way
 * down. The stored form is JSON, which V8 reads far faster than the same data
 * written as an object literal, plus the plan text, so that each Chinese text
 * of the plan is stored once instead of in every record that quotes it, and
 * each relation the plan states both ways is stored one way.
 *
 * `head` holds the plan's top-level fields, with each field whose value is an
 * object or a list stored as `0` (which keeps its place) and written out in
 * `parts` under its name. The returned plan is frozen; each such field is a
 * getter that decodes its part on first read and returns the same frozen value
 * ever after, so that loading the package parses nothing a caller does not
 * touch. `parts` may also be a function that returns them, called on the first
 * read of any part: the CommonJS build passes one that loads them from a JSON
 * file, which Node reads only then (see tsup.config.ts). Each part is read in
 * document order, and in it:
 *
 * - a span is `[gap, length]` or `[gap]`: it starts `gap` characters after the
 *   end of the span read before it in the same part (after 0 for the first),
 *   and runs `length` characters, or to the end of its line; its line number is
 *   counted in the text;
 * - a field that is `0` while its record's `source` has a span of the same
 *   name holds the text at that span;
 * - the fields that repeat what other records say are `0` and derived after
 *   reading (see `relate`): records' numbers, each task's unit ids and
 *   targets, each goal area's targets, each group's tasks, and each target's
 *   statement and `aspirational` flag.
 *
 * The generator checks that what this returns is, key for key, the plan it
 * built. Each part is a tree, so freezing it needs no record of what it has
 * seen: every object is listed once as it is read and frozen at the end.
 *
 * @param head - The plan's top-level fields in their stored form.
 * @param parts - Each field of `head` stored as `0`, in its stored form, by name (or a function returning them).
 * @param text - The plan text: the seed's lines 1–102, each ending in a line break.
 * @returns The plan, typed as the caller says (the generator writes the type from the same data).
 */
export function decodePlan<TPlan>(head: string, parts: StoredParts | (() => StoredParts), text: string): TPlan {
  const stored = JSON.parse(head) as Record<string, unknown>;
  const decoded = new Map<string, unknown>();
  let storedParts: StoredParts | undefined;
  const context: Context = {
    text,
    lineStarts: undefined,
    mentioned: undefined,
    part(name) {
      let value = decoded.get(name);
      if (value === undefined) {
        storedParts ??= typeof parts === 'function' ? parts() : parts;
        value = decodePart(name, storedParts[name]!, context);
        decoded.set(name, value);
      }
      return value;
    },
  };
  const plan: Record<string, unknown> = {};
  for (const key in stored) {
    if (stored[key] === 0) Object.defineProperty(plan, key, { enumerable: true, get: () => context.part(key) });
    else plan[key] = stored[key];
  }
  return Object.freeze(plan) as TPlan;
}

/** The plan's parts in their stored form (JSON), by name. */
type StoredParts = Readonly<Record<string, string>>;

interface Span {
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** What the parts of one plan share: the text, what is worked out from it once, and the other parts. */
interface Context {
  readonly text: string;
  /** Where each line of the text starts, counted on first use. */
  lineStarts: number[] | undefined;
  /** The targets each goal area (by id) and task (by number) mentions, on first use (see `targetsOf`). */
  mentioned: Map<string | number | undefined, { id: string; start: number }[]> | undefined;
  /** The decoded, frozen value of a part, the same on every call. */
  part(name: string): unknown;
}

function decodePart(name: string, json: string, context: Context): unknown {
  const { text } = context;
  const lineStarts = (context.lineStarts ??= countLines(text));
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
    for (const key in source) {
      const spans = source[key] as readonly number[] | readonly (readonly number[])[];
      if (typeof spans[0] === 'number') {
        const decoded = span(spans as readonly number[]);
        source[key] = decoded;
        if (record[key] === 0) record[key] = text.slice(decoded.start, decoded.end);
      } else {
        source[key] = Object.freeze((spans as readonly (readonly number[])[]).map(span));
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

  const value = JSON.parse(json) as unknown;
  if (typeof value === 'object' && value !== null) visit(value);
  relate(name, value, context);
  for (const object of objects) Object.freeze(object);
  return value;
}

function countLines(text: string): number[] {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  return lineStarts;
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
  number: number;
  readonly group: number;
  leadUnits: unknown;
  targets: unknown;
  readonly source: { readonly leadUnits: readonly Span[] };
}

/** The lists whose records are numbered 1, 2, … in the order they stand. */
const NUMBERED: ReadonlySet<string> = new Set([
  'parts',
  'sections',
  'principles',
  'goalAreas',
  'taskGroups',
  'tasks',
  'measures',
]);

/**
 * Derives the fields of one part that the stored form leaves out because
 * other records state them, reading the other parts it needs through
 * `context.part`. Plain loops: this runs once, cold, where each closure and
 * iterator costs more than the work.
 */
function relate(name: string, value: unknown, context: Context): void {
  if (NUMBERED.has(name)) {
    const records = value as { number: number }[];
    for (let index = 0; index < records.length; index += 1) records[index]!.number = index + 1;
  }
  switch (name) {
    case 'targets':
      for (const target of value as StoredTarget[]) {
        target.statement = target.mentions[0]!.words;
        target.aspirational = false;
        for (const mention of target.mentions) if (mention.aspirational) target.aspirational = true;
      }
      break;
    case 'goalAreas':
      for (const area of value as { readonly id: string; targets: unknown }[])
        area.targets = targetsOf(area.id, context);
      break;
    case 'tasks': {
      const unitIdByName = new Map<string, string>();
      for (const unit of context.part('units') as readonly { readonly id: string; readonly name: string }[])
        unitIdByName.set(unit.name, unit.id);
      for (const task of value as StoredTask[]) {
        const ids: (string | undefined)[] = [];
        for (const { start, end } of task.source.leadUnits) ids.push(unitIdByName.get(context.text.slice(start, end)));
        task.leadUnits = Object.freeze(ids);
        task.targets = targetsOf(task.number, context);
      }
      break;
    }
    case 'taskGroups': {
      const tasks = context.part('tasks') as readonly StoredTask[];
      for (const group of value as { readonly number: number; tasks: unknown }[]) {
        const numbers: number[] = [];
        for (const task of tasks) if (task.group === group.number) numbers.push(task.number);
        group.tasks = Object.freeze(numbers);
      }
      break;
    }
  }
}

/** The ids of the targets a goal area (by id) or task (by number) mentions, in the order their words stand. */
function targetsOf(key: string | number, context: Context): readonly string[] {
  if (context.mentioned === undefined) {
    const mentioned = new Map<string | number | undefined, { id: string; start: number }[]>();
    for (const target of context.part('targets') as readonly StoredTarget[]) {
      for (const mention of target.mentions) {
        const owner = mention.kind === 'task' ? mention.task : mention.goalArea;
        let list = mentioned.get(owner);
        if (list === undefined) mentioned.set(owner, (list = []));
        list.push({ id: target.id, start: mention.source.words.start });
      }
    }
    context.mentioned = mentioned;
  }
  const ids: string[] = [];
  const list = [...(context.mentioned.get(key) ?? [])].sort((a, b) => a.start - b.start);
  for (const { id } of list) if (!ids.includes(id)) ids.push(id);
  return Object.freeze(ids);
}
