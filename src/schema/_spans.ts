// Source spans: every span of a plan covers exactly its field's text, and, given the source text, lies
// inside it on the line it names.
import { quote } from '../_lib/describe.js';
import type { IssueList, PathSegment } from '../issues/_helpers.js';
import type { Plan, Span } from '../model/types.js';

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

interface SpanCheck {
  readonly path: readonly PathSegment[];
  readonly span: Span;
  readonly text: string | undefined;
}

function* spansOf(data: Plan): Generator<SpanCheck> {
  const header = data.header;
  for (const field of ['title', 'issuer', 'postedAt', 'pageCounter'] as const)
    yield { path: ['header', 'source', field], span: header.source[field], text: header[field] };
  for (const passage of ['preamble', 'guidingIdeology', 'goalsOverview', 'imprint'] as const)
    yield { path: [passage, 'source', 'text'], span: data[passage].source.text, text: data[passage].text };
  for (const list of ['parts', 'sections'] as const)
    for (const [index, heading] of data[list].entries())
      yield { path: [list, index, 'source', 'title'], span: heading.source.title, text: heading.title };
  for (const list of ['principles', 'goalAreas'] as const)
    for (const [index, record] of data[list].entries())
      for (const field of ['name', 'text'] as const)
        yield { path: [list, index, 'source', field], span: record.source[field], text: record[field] };
  for (const [index, group] of data.taskGroups.entries())
    for (const field of ['title', 'intro'] as const)
      yield { path: ['taskGroups', index, 'source', field], span: group.source[field], text: group[field] };
  const unitNames = new Map(data.units.map((unit) => [unit.id, unit.name]));
  for (const [index, task] of data.tasks.entries()) {
    for (const field of ['title', 'text'] as const)
      yield { path: ['tasks', index, 'source', field], span: task.source[field], text: task[field] };
    for (const [unitIndex, span] of task.source.leadUnits.entries()) {
      const unitId = task.leadUnits[unitIndex];
      yield {
        path: ['tasks', index, 'source', 'leadUnits', unitIndex],
        span,
        text: unitId === undefined ? undefined : unitNames.get(unitId),
      };
    }
  }
  for (const [index, measure] of data.measures.entries())
    for (const field of ['title', 'text'] as const)
      yield { path: ['measures', index, 'source', field], span: measure.source[field], text: measure[field] };
  for (const [index, unit] of data.units.entries())
    yield { path: ['units', index, 'source', 'name'], span: unit.source.name, text: unit.name };
  for (const [index, target] of data.targets.entries())
    for (const [mentionIndex, mention] of target.mentions.entries())
      yield {
        path: ['targets', index, 'mentions', mentionIndex, 'source', 'words'],
        span: mention.source.words,
        text: mention.words,
      };
}

/** Checks every span of `data`, against `sourceText` when given. */
export function checkSpans(data: Plan, sourceText: string | undefined, issues: IssueList): void {
  const starts = sourceText === undefined ? undefined : lineStarts(sourceText);
  for (const { path, span, text } of spansOf(data)) {
    if (issues.full) return;
    if (span.end < span.start) {
      issues.add(
        path,
        'span-out-of-bounds',
        `结束位置 ${span.end} 在起始位置 ${span.start} 之前`,
        `span ends (${span.end}) before it starts (${span.start})`,
      );
      continue;
    }
    if (sourceText !== undefined && span.end > sourceText.length) {
      issues.add(
        path,
        'span-out-of-bounds',
        `结束位置 ${span.end} 超出原文长度 ${sourceText.length}`,
        `span ends (${span.end}) beyond the source text (length ${sourceText.length})`,
      );
      continue;
    }
    if (text === undefined) continue;
    if (sourceText === undefined) {
      if (span.end - span.start !== text.length)
        issues.add(
          path,
          'span-mismatch',
          `位置长度 ${span.end - span.start} 与文字长度 ${text.length} 不符`,
          `span length ${span.end - span.start} differs from the text's length ${text.length}`,
        );
      continue;
    }
    const covered = sourceText.slice(span.start, span.end);
    if (covered !== text)
      issues.add(
        path,
        'span-mismatch',
        `位置所指原文为 ${quote(covered)},而非 ${quote(text)}`,
        `the span covers ${quote(covered)} in the source, not ${quote(text)}`,
      );
    else if (starts !== undefined && lineOf(starts, span.start) !== span.line)
      issues.add(
        [...path, 'line'],
        'span-mismatch',
        `该位置在第 ${lineOf(starts, span.start)} 行,而非第 ${span.line} 行`,
        `the span starts on line ${lineOf(starts, span.start)}, not line ${span.line}`,
      );
  }
}
