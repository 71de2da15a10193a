// Internal helpers of every validator: issues, paths into the input, results and options.
import { deepFreeze } from '../_lib/deepFreeze.js';
import { describeValue } from '../_lib/describe.js';
import { type SnapshotProblem, snapshot } from '../_lib/snapshot.js';
import type { IssueCode, ValidationIssue } from './types.js';

/** Path segments as zod gives them. */
export type PathSegment = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['tasks', 7, 'leadUnits', 2]` → `tasks[7].leadUnits[2]`; `[]` → `''`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      out += IDENTIFIER.test(key) ? (out === '' ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** Whether `value` is an object with an own property `key`. */
export function hasOwn(value: unknown, key: PropertyKey): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

/** The value at `path` under `root`, reading own properties only; `undefined` where there is none. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (!hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** An issue; `suggestions` are left out when there are none. */
export function makeIssue(
  path: string,
  code: IssueCode,
  message: string,
  messageEn: string,
  suggestions?: readonly string[],
): ValidationIssue {
  return suggestions !== undefined && suggestions.length > 0
    ? { path, code, message, messageEn, suggestions }
    : { path, code, message, messageEn };
}

/** A failed result holding `issues`, frozen all the way down. */
export function failure(issues: readonly ValidationIssue[]): {
  readonly success: false;
  readonly issues: readonly ValidationIssue[];
} {
  return deepFreeze({ success: false as const, issues });
}

/** A successful result holding `data` (built by the validator, never the caller's input), frozen all the way down. */
export function success<TData>(data: TData): {
  readonly success: true;
  readonly data: TData;
  readonly issues: readonly [];
} {
  return deepFreeze({ success: true as const, data, issues: [] as const });
}

/** The default of `maxIssues`. */
export const DEFAULT_MAX_ISSUES = 200;

/**
 * Reads a validator's options. `undefined` and `null` mean the defaults;
 * anything else but a plain object, and a `maxIssues` that is not a whole
 * number ≥ 1 (or `Infinity`), is an issue at `options` / `options.maxIssues`
 * (validators report, never throw).
 */
export function readOptions(
  input: unknown,
): { readonly options: Readonly<Record<string, unknown>>; readonly maxIssues: number } | ValidationIssue {
  const read = readInput(input, ['options'], { maxDepth: 8, maxValues: 10_000 });
  if (!('value' in read)) return read[0]!;
  const options = read.value;
  if (options === undefined || options === null) return { options: {}, maxIssues: DEFAULT_MAX_ISSUES };
  if (typeof options !== 'object' || Array.isArray(options)) {
    const found = describeValue(options);
    return makeIssue(
      'options',
      'invalid-type',
      `选项应为对象(或省略),实际为${found.zh}`,
      `options must be an object (or left out), got ${found.en}`,
    );
  }
  const record = options as Readonly<Record<string, unknown>>;
  const maxIssues = valueAt(record, ['maxIssues']);
  if (maxIssues === undefined) return { options: record, maxIssues: DEFAULT_MAX_ISSUES };
  if (
    typeof maxIssues !== 'number' ||
    !(maxIssues >= 1) ||
    !(Number.isInteger(maxIssues) || maxIssues === Number.POSITIVE_INFINITY)
  ) {
    const found = describeValue(maxIssues);
    return makeIssue(
      'options.maxIssues',
      'invalid-value',
      `maxIssues 应为 ≥ 1 的整数,实际为${found.zh}`,
      `maxIssues must be a whole number ≥ 1, got ${found.en}`,
    );
  }
  return { options: record, maxIssues };
}

const PROBLEM_WORDS: Record<SnapshotProblem['kind'], { code: IssueCode; zh: string; en: string }> = {
  unreadable: { code: 'unreadable', zh: '无法读取(读取时出错)', en: 'cannot be read (reading it threw)' },
  'not-data': { code: 'invalid-type', zh: '不是 JSON 数据', en: 'is not JSON data' },
  circular: { code: 'circular-reference', zh: '包含自身(循环引用)', en: 'contains itself' },
  'too-deep': { code: 'too-deep', zh: '嵌套过深', en: 'is nested too deeply' },
  'too-big': { code: 'too-big', zh: '值过多', en: 'holds too many values' },
};

/**
 * Reads `input` once into a plain copy of this package's own (see `snapshot`): `{ value }`, or the issues
 * (paths under `prefix`) of what could not be read or is not JSON-like data (objects, arrays, strings,
 * numbers, booleans, null).
 */
export function readInput(
  input: unknown,
  prefix: readonly PathSegment[] = [],
  limits?: { readonly maxDepth?: number; readonly maxValues?: number },
): { readonly value: unknown } | ValidationIssue[] {
  const read = snapshot(input, limits);
  if (read.problems.length === 0) return { value: read.value };
  return read.problems.map((problem) => {
    const words = problemWords(problem);
    return makeIssue(formatPath([...prefix, ...problem.path]), words.code, words.message, words.messageEn);
  });
}

/** The code and messages of a value `snapshot` could not read. */
export function problemWords(problem: SnapshotProblem): { code: IssueCode; message: string; messageEn: string } {
  const words = PROBLEM_WORDS[problem.kind];
  return {
    code: words.code,
    message: `该值${words.zh}:${problem.found}`,
    messageEn:
      problem.kind === 'not-data'
        ? `expected JSON-like data (an object, array, string, number, boolean or null), got ${problem.found}`
        : `the value ${words.en}: ${problem.found}`,
  };
}

/** Collects issues up to a cap, then notes that the list was cut. */
export class IssueList {
  readonly items: ValidationIssue[] = [];
  #full = false;

  constructor(readonly limit: number) {}

  get full(): boolean {
    return this.#full;
  }

  /** Adds an issue at `path`. */
  add(path: readonly PathSegment[], code: IssueCode, message: string, messageEn: string): void {
    this.push(makeIssue(formatPath(path), code, message, messageEn));
  }

  push(...issues: readonly ValidationIssue[]): void {
    for (const issue of issues) {
      if (this.#full) return;
      if (this.items.length === this.limit) {
        this.#full = true;
        this.items.push(
          makeIssue(
            '',
            'too-many-issues',
            `问题超过 ${this.limit} 个,其余未列出;请先修正以上问题`,
            `more than ${this.limit} issues; the rest are not listed: fix these first`,
          ),
        );
        return;
      }
      this.items.push(issue);
    }
  }
}
