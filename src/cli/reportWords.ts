// Every user-visible string of the reporting commands (`template`, and reports read by `validate` and
// `evaluate`), in both languages, keyed by `--lang`.
import type { Lang } from './command.js';

const join = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

export interface ReportWords {
  binary(file: string): string;
  notUtf8(file: string): string;
  emptyCsv(file: string): string;
  badCsv(file: string, line: number | undefined, reason: string): string;
  unknownColumn(file: string, index: number, column: string, near: readonly string[], known: readonly string[]): string;
  duplicateColumn(file: string, column: string): string;
  missingColumn(file: string, column: string, known: readonly string[]): string;
  ragged(file: string, line: number, found: number, expected: number): string;
  hugeCell(file: string, line: number, column: string, max: number): string;
  conflict(file: string, line: number, column: string, firstLine: number, first: string): string;
  blankRows(count: number): string;
  leftOut(count: number): string;
  scoped(scope: string, inferred: boolean): string;
  csvNotForKind(kind: string): string;
}

export const reportWords: Readonly<Record<Lang, ReportWords>> = {
  zh: {
    binary: (file) => `无法读取 ${file}:这是二进制文件,不是文本(报告应为 UTF-8 编码的 JSON 或 CSV)`,
    notUtf8: (file) => `无法读取 ${file}:不是 UTF-8 编码的文本(如为 GBK 编码,请另存为 UTF-8 后再试)`,
    emptyCsv: (file) => `${file} 是空文件:CSV 报告的第一行应为表头(可用 njplan template --csv 生成)`,
    badCsv: (file, line, reason) => `${file}${line === undefined ? '' : `:${line}`}:无法按 CSV 读取:${reason}`,
    unknownColumn: (file, index, column, near, known) =>
      `${file}:1,第 ${index} 列:未知列名 ${column}` +
      (near.length > 0 ? `;是否应为 ${join(near)}?` : `;可用的列:${join(known)}`),
    duplicateColumn: (file, column) => `${file}:1:列名 ${column} 出现了两次`,
    missingColumn: (file, column, known) => `${file}:1:缺少列“${column}”(可用的列:${join(known)})`,
    ragged: (file, line, found, expected) => `${file}:${line}:该行有 ${found} 列,而表头有 ${expected} 列`,
    hugeCell: (file, line, column, max) => `${file}:${line},列“${column}”:单元格超过 ${max} 个字符`,
    conflict: (file, line, column, firstLine, first) =>
      `${file}:${line},列“${column}”:与第 ${firstLine} 行的 ${first} 不同;一份报告只有一个 ${column}`,
    blankRows: (count) => `(已跳过 ${count} 个未填写数值的模板行)`,
    leftOut: (count) => `未计入的条目(无效)共 ${count} 个:`,
    scoped: (scope, inferred) => `按范围评估:${scope}${inferred ? '(报告中所有条目均为此范围)' : ''}`,
    csvNotForKind: (kind) => `CSV 文件只能是进度报告,不能是 ${kind}`,
  },
  en: {
    binary: (file) => `cannot read ${file}: it is a binary file, not text (a report is JSON or CSV in UTF-8)`,
    notUtf8: (file) => `cannot read ${file}: it is not UTF-8 text (if it is in GBK, save it as UTF-8 and try again)`,
    emptyCsv: (file) => `${file} is empty: a CSV report starts with a header row (njplan template --csv writes one)`,
    badCsv: (file, line, reason) => `${file}${line === undefined ? '' : `:${line}`}: cannot be read as CSV: ${reason}`,
    unknownColumn: (file, index, column, near, known) =>
      `${file}:1, column ${index}: unknown column ${column}` +
      (near.length > 0 ? `; did you mean ${join(near)}?` : `; the columns are: ${join(known)}`),
    duplicateColumn: (file, column) => `${file}:1: the column ${column} appears twice`,
    missingColumn: (file, column, known) => `${file}:1: no column "${column}" (the columns are: ${join(known)})`,
    ragged: (file, line, found, expected) => `${file}:${line}: the row has ${found} cells, the header ${expected}`,
    hugeCell: (file, line, column, max) => `${file}:${line}, column "${column}": a cell longer than ${max} characters`,
    conflict: (file, line, column, firstLine, first) =>
      `${file}:${line}, column "${column}": differs from row ${firstLine}'s ${first}; a report has one ${column}`,
    blankRows: (count) => `(${count} template row(s) left blank, with no value, skipped)`,
    leftOut: (count) => `${count} invalid entr${count === 1 ? 'y' : 'ies'} left out:`,
    scoped: (scope, inferred) =>
      `Evaluated for the scope ${scope}${inferred ? ' (every entry of the report is for it)' : ''}`,
    csvNotForKind: (kind) => `a CSV file can only be a progress report, not a ${kind}`,
  },
};
