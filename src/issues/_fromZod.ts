// Converts zod's issues into this package's issue format, in Chinese and English.
import type { z } from 'zod';
import { describeValue, quote } from '../_lib/describe.js';
import { hintClause, suggest } from '../_lib/hints.js';
import { formatPath, hasOwn, makeIssue, type PathSegment, valueAt } from './_helpers.js';
import type { IssueCode, ValidationIssue } from './types.js';

/** Whether the last key of `path` is absent from its parent. */
function isMissing(root: unknown, path: readonly PathSegment[]): boolean {
  if (path.length === 0) return root === undefined;
  const parent = valueAt(root, path.slice(0, -1));
  return !hasOwn(parent, path[path.length - 1]!);
}

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '字符串', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值', en: 'a boolean' },
  array: { zh: '数组', en: 'an array' },
  object: { zh: '对象', en: 'an object' },
  null: { zh: 'null', en: 'null' },
};

function typeName(expected: string): { zh: string; en: string } {
  return TYPE_NAMES[expected] ?? { zh: expected, en: expected };
}

const FORMAT_NAMES: Record<string, { zh: string; en: string }> = {
  date: { zh: '日期 YYYY-MM-DD', en: 'a date YYYY-MM-DD' },
  datetime: { zh: '带时区的日期时间(ISO 8601)', en: 'an ISO 8601 date-time with offset' },
  template_literal: { zh: '规定格式的字符串', en: 'a string of the set form' },
  regex: { zh: '规定格式的字符串', en: 'a string of the set form' },
};

/**
 * The pattern a name (`reporter`, `scope`) must match: at least one visible
 * character, that is one that is not whitespace (Unicode White_Space, so
 * U+3000 too), a control character, a format character (Cf: U+200B, U+FEFF,
 * U+2060, …) or otherwise default-ignorable. JSON Schema writes it as its
 * `pattern` (read with Unicode property escapes, as ECMA-262's `u` flag does).
 */
export const NOT_BLANK = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** A string JSON would write as a number without quotes: a plain decimal (`12`, `-1.5`), not `0x10` or `1e3`. */
const PLAIN_DECIMAL = /^\s*-?\d+(?:\.\d+)?\s*$/;

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((value) => (typeof value === 'string' ? value : String(value)));
  return values.length > 12 ? `${shown.join(', ')}, … (${values.length})` : shown.join(', ');
}

function bound(value: number | bigint, inclusive: boolean | undefined, lower: boolean): { zh: string; en: string } {
  const symbol = lower ? (inclusive === false ? '>' : '≥') : inclusive === false ? '<' : '≤';
  return { zh: `${symbol} ${value}`, en: `${symbol} ${value}` };
}

export interface MapOptions {
  /** Segments of the whole input that lead to the root the zod issues are relative to. */
  readonly prefix?: readonly PathSegment[];
  /** Fields an object at this place may have, for did-you-mean hints on unknown fields. */
  readonly knownKeys?: readonly string[];
}

/**
 * Converts zod's issues into this package's issue format, reading the
 * offending values from `root` (the input zod parsed) to say what was found.
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  options: MapOptions = {},
): ValidationIssue[] {
  const prefix = options.prefix ?? [];
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const relative = issue.path;
    const full = [...prefix, ...relative];
    const path = formatPath(full);
    const value = valueAt(root, relative);
    const found = describeValue(value);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = typeName(issue.expected);
        if (isMissing(root, relative) && relative.length > 0) {
          const key = String(relative[relative.length - 1]);
          out.push(
            makeIssue(
              path,
              'missing-field',
              `缺少必填字段“${key}”(应为${expected.zh})`,
              `missing required field "${key}" (expected ${expected.en})`,
            ),
          );
        } else if (issue.expected === 'int' && Number.isFinite(value)) {
          out.push(makeIssue(path, 'not-an-integer', `应为整数,实际为 ${value}`, `expected an integer, got ${value}`));
        } else if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'number') {
          out.push(
            makeIssue(
              path,
              'non-finite-number',
              `应为有限的数字,实际为 ${value}`,
              `expected a finite number, got ${value}`,
            ),
          );
        } else if (
          (issue.expected === 'number' || issue.expected === 'int') &&
          typeof value === 'string' &&
          PLAIN_DECIMAL.test(value) &&
          Number.isFinite(Number(value))
        ) {
          out.push(
            makeIssue(
              path,
              'number-as-string',
              `应为数字,实际为字符串 ${quote(value)}:请去掉引号`,
              `expected a number, got the string ${quote(value)}: write it without quotes`,
            ),
          );
        } else {
          out.push(
            makeIssue(
              path,
              'invalid-type',
              `应为${expected.zh},实际为${found.zh}`,
              `expected ${expected.en}, got ${found.en}`,
            ),
          );
        }
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const keyPath = formatPath([...full, key]);
          const hints = options.knownKeys ? suggest(key, options.knownKeys) : [];
          out.push(
            makeIssue(
              keyPath,
              'unknown-field',
              `未知字段 ${quote(key)}${hintClause(hints).zh}`,
              `unknown field ${quote(key)}${hintClause(hints).en}`,
              hints,
            ),
          );
        }
        break;
      case 'too_small':
      case 'too_big': {
        const lower = issue.code === 'too_small';
        const limit = lower ? issue.minimum : issue.maximum;
        const what =
          issue.origin === 'string'
            ? { zh: '长度', en: 'length' }
            : issue.origin === 'array'
              ? { zh: '项数', en: 'number of items' }
              : { zh: '数值', en: 'value' };
        const b = bound(limit, issue.inclusive, lower);
        const size =
          typeof value === 'string'
            ? value.length
            : Array.isArray(value)
              ? value.length
              : typeof value === 'number'
                ? value
                : undefined;
        const code: IssueCode =
          issue.origin === 'number' && lower && limit === 0 && issue.inclusive !== false
            ? 'negative-value'
            : lower
              ? 'too-small'
              : 'too-big';
        out.push(
          makeIssue(
            path,
            code,
            `${what.zh}应 ${b.zh}${size === undefined ? '' : `,实际为 ${size}`}`,
            `${what.en} must be ${b.en}${size === undefined ? '' : `, got ${size}`}`,
          ),
        );
        break;
      }
      case 'invalid_value': {
        const hints = suggest(
          value,
          issue.values.filter((v): v is string => typeof v === 'string'),
        );
        out.push(
          makeIssue(
            path,
            'invalid-value',
            `取值无效:${found.zh};应为以下之一:${listValues(issue.values)}`,
            `invalid value ${found.en}; expected one of: ${listValues(issue.values)}`,
            hints,
          ),
        );
        break;
      }
      case 'invalid_format': {
        if (issue.format === 'regex' && (issue as { pattern?: string }).pattern === String(NOT_BLANK)) {
          out.push(
            makeIssue(
              path,
              'blank-text',
              `不能为空或只有空白,实际为${found.zh}`,
              `must not be empty or only whitespace, got ${found.en}`,
            ),
          );
          break;
        }
        const format = FORMAT_NAMES[issue.format] ?? { zh: issue.format, en: issue.format };
        out.push(
          makeIssue(
            path,
            'invalid-format',
            `格式无效:${found.zh};应为${format.zh}`,
            `invalid format: ${found.en}; expected ${format.en}`,
          ),
        );
        break;
      }
      case 'invalid_union': {
        const options_ = (issue as { options?: readonly unknown[] }).options;
        if (options_ !== undefined) {
          const hints = suggest(
            value,
            options_.filter((v): v is string => typeof v === 'string'),
          );
          out.push(
            makeIssue(
              path,
              'invalid-value',
              `取值无效:${found.zh};应为以下之一:${listValues(options_)}`,
              `invalid value ${found.en}; expected one of: ${listValues(options_)}`,
              hints,
            ),
          );
        } else {
          out.push(
            makeIssue(
              path,
              'invalid-value',
              `不符合任何允许的形式:${found.zh}`,
              `matches none of the allowed forms: ${found.en}`,
            ),
          );
        }
        break;
      }
      case 'custom': {
        const params = issue.params as
          | { code?: IssueCode; message?: string; messageEn?: string; suggestions?: string[] }
          | undefined;
        out.push(
          makeIssue(
            path,
            params?.code ?? 'invalid-value',
            params?.message ?? issue.message,
            params?.messageEn ?? issue.message,
            params?.suggestions,
          ),
        );
        break;
      }
      default:
        out.push(
          makeIssue(
            path,
            'invalid-value',
            `取值无效:${found.zh}(${issue.message})`,
            `invalid value ${found.en} (${issue.message})`,
          ),
        );
    }
  }
  return out;
}
