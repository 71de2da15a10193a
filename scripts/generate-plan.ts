/**
 * Reads the seed and the hand-written annotations in `annotations/`, and writes
 * `src/data/plan.ts`: every text copied from the seed with its line and
 * offsets, every id, gloss and target fact from the annotations. The file
 * holds the plan in the compact form `src/_lib/decodePlan.ts` reads (the plan
 * text once, the rest as JSON) and the literal type of the decoded plan.
 *
 *   tsx scripts/generate-plan.ts          write src/data/plan.ts
 *   tsx scripts/generate-plan.ts --check  fail if src/data/plan.ts is not current,
 *                                         or if src/data/ holds a file it did not write
 *
 * It fails, naming the line, on anything in the seed it does not expect, and
 * if the stored form does not decode to exactly the plan it built.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  goalAreaGlosses,
  measureGlosses,
  partGlosses,
  planGloss,
  principleGlosses,
  sectionGlosses,
  taskGroupGlosses,
  taskTitleGlosses,
} from '../annotations/glosses.js';
import { type TargetAnnotation, targetAnnotations } from '../annotations/targets.js';
import { unitAnnotations } from '../annotations/units.js';
import { decodePlan } from '../src/_lib/decodePlan.js';
import { unitFactors } from '../src/model/quantities.js';
import type { Span } from '../src/model/types.js';
import { renderEnglish } from './generate-english.js';

const SEED_FILE = 'seeds/nanjing-innovation-plan-2022-2024.txt';
const OUTPUT_FILE = 'src/data/plan.ts';
const ENGLISH_FILE = 'src/data/english.ts';
const root = fileURLToPath(new URL('..', import.meta.url));

const CHINESE_NUMERALS = '一二三四五六七八九十';

class SeedError extends Error {
  constructor(line: number, message: string) {
    super(`${SEED_FILE}:${line}: ${message}`);
  }
}

interface Line {
  readonly number: number;
  readonly text: string;
  readonly start: number;
}

/** A piece of a line: its text and where it stands. */
interface Piece {
  readonly text: string;
  readonly span: Span;
}

function piece(line: Line, from: number, to: number = line.text.length): Piece {
  return {
    text: line.text.slice(from, to),
    span: { line: line.number, start: line.start + from, end: line.start + to },
  };
}

function splitLines(seed: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const [index, text] of seed.split('\n').entries()) {
    lines.push({ number: index + 1, text, start });
    start += text.length + 1;
  }
  return lines;
}

function numeral(text: string, line: number): number {
  const value = CHINESE_NUMERALS.indexOf(text) + 1;
  if (text.length !== 1 || value === 0) throw new SeedError(line, `unexpected numeral ${JSON.stringify(text)}`);
  return value;
}

/** Splits `prefix title。text` at the first `。` after the prefix. */
function titled(line: Line, prefixLength: number): { title: Piece; text: Piece } {
  const stop = line.text.indexOf('。', prefixLength);
  if (stop < 0) throw new SeedError(line.number, 'expected a title ending with 。');
  return { title: piece(line, prefixLength, stop), text: piece(line, stop + 1) };
}

function expectCount<TItem>(items: readonly TItem[], count: number, what: string): void {
  if (items.length !== count) throw new Error(`expected ${count} ${what}, found ${items.length}`);
}

const PART = /^([一二三四五六七八九十])、(.+)$/;
const SECTION = /^\(([一二三四五六七八九十])\)(.+)$/;
const DASHED = /^——/;
const TASK = /^(\d+)\./;
const UNITS = /^责任单位:(.+)$/;
const IMPRINT = /^(.+?)(\d{4})年(\d{1,2})月(\d{1,2})日印发$/;

function parseSeed(seed: string) {
  const lines = splitLines(seed);
  const at = (n: number): Line => {
    const line = lines[n - 1];
    if (!line) throw new Error(`${SEED_FILE} has no line ${n}`);
    return line;
  };

  // Header: lines 1–4.
  const title = piece(at(1), 0);
  const issuerLine = at(2);
  if (!issuerLine.text.startsWith('- 来源:')) throw new SeedError(2, 'expected "- 来源:"');
  const issuer = piece(issuerLine, '- 来源:'.length);
  const postedLine = at(3);
  const posted = /^- (\d{4})\/(\d{1,2})\/(\d{1,2}) (\d{2}):(\d{2}):(\d{2})$/.exec(postedLine.text);
  if (!posted) throw new SeedError(3, 'expected "- yyyy/m/d hh:mm:ss"');
  const postedAt = piece(postedLine, 2);
  const counterLine = at(4);
  if (!/^- \d+$/.test(counterLine.text)) throw new SeedError(4, 'expected "- <page counter>"');
  const pageCounter = piece(counterLine, 2);
  const preamble = piece(at(5), 0);

  const parts: Piece[] = [];
  const sections: Piece[] = [];
  let guidingIdeology: Piece | undefined;
  let goalsOverview: Piece | undefined;
  const principles: { name: Piece; text: Piece }[] = [];
  const goalAreas: { name: Piece; text: Piece }[] = [];
  const groups: { title: Piece; intro: Piece; tasks: number[] }[] = [];
  const tasks: {
    number: number;
    group: number;
    title: Piece;
    text: Piece;
    units: { name: Piece; tier: 'municipal' | 'district' }[];
  }[] = [];
  const measures: { title: Piece; text: Piece }[] = [];
  let imprint: { text: Piece; issuer: string; date: string; line: number } | undefined;

  let n = 6;
  while (!imprint) {
    const line = at(n);
    const partMatch = PART.exec(line.text);
    const sectionMatch = SECTION.exec(line.text);
    const imprintMatch = IMPRINT.exec(line.text);
    if (partMatch) {
      expectNumber(numeral(partMatch[1]!, n), parts.length + 1, n, 'part');
      parts.push(piece(line, 2));
    } else if (imprintMatch) {
      const [, who, year, month, day] = imprintMatch;
      const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
      imprint = { text: piece(line, 0), issuer: who!, date, line: n };
    } else if (parts.length === 1 && sectionMatch) {
      expectNumber(numeral(sectionMatch[1]!, n), sections.length + 1, n, 'section');
      sections.push(piece(line, 3));
    } else if (parts.length === 1 && sections.length === 1 && !guidingIdeology) {
      guidingIdeology = piece(line, 0);
    } else if (parts.length === 1 && sections.length === 2 && DASHED.test(line.text)) {
      const { title, text } = titled(line, 2);
      principles.push({ name: title, text });
    } else if (parts.length === 1 && sections.length === 3 && !goalsOverview) {
      goalsOverview = piece(line, 0);
    } else if (parts.length === 1 && sections.length === 3 && DASHED.test(line.text)) {
      const { title, text } = titled(line, 2);
      goalAreas.push({ name: title, text });
    } else if (parts.length === 2 && sectionMatch) {
      expectNumber(numeral(sectionMatch[1]!, n), groups.length + 1, n, 'task group');
      n += 1;
      groups.push({ title: piece(line, 3), intro: piece(at(n), 0), tasks: [] });
    } else if (parts.length === 2 && TASK.test(line.text)) {
      const number = Number(TASK.exec(line.text)![1]);
      expectNumber(number, tasks.length + 1, n, 'task');
      const group = groups.at(-1);
      if (!group) throw new SeedError(n, 'task before any task group');
      const { title, text } = titled(line, `${number}.`.length);
      n += 1;
      tasks.push({ number, group: groups.length, title, text, units: parseUnits(at(n)) });
      group.tasks.push(number);
    } else if (parts.length === 3 && sectionMatch) {
      expectNumber(numeral(sectionMatch[1]!, n), measures.length + 1, n, 'measure');
      measures.push(titled(line, 3));
    } else {
      throw new SeedError(n, `unexpected line: ${line.text.slice(0, 20)}…`);
    }
    n += 1;
  }
  if (!guidingIdeology || !goalsOverview) throw new Error('part one is incomplete');
  expectCount(parts, 3, 'parts');
  expectCount(sections, 3, 'sections of part one');
  return {
    header: { title, issuer, postedAt, pageCounter, posted: posted.slice(1) },
    preamble,
    parts,
    sections,
    guidingIdeology,
    principles,
    goalsOverview,
    goalAreas,
    groups,
    tasks,
    measures,
    imprint,
    lastLine: imprint.line,
  };
}

function expectNumber(found: number, expected: number, line: number, what: string): void {
  if (found !== expected) throw new SeedError(line, `expected ${what} ${expected}, found ${found}`);
}

/**
 * `责任单位:A、B,C、D`: the units before the ASCII comma are municipal, those
 * after it district-level; each list is separated by `、`.
 */
function parseUnits(line: Line) {
  const match = UNITS.exec(line.text);
  if (!match) throw new SeedError(line.number, 'expected a 责任单位 line');
  const units: { name: Piece; tier: 'municipal' | 'district' }[] = [];
  const lists = match[1]!.split(',');
  if (lists.length > 2) throw new SeedError(line.number, 'more than one ASCII comma in 责任单位');
  let offset = '责任单位:'.length;
  lists.forEach((list, index) => {
    for (const name of list.split('、')) {
      if (name === '') throw new SeedError(line.number, 'empty unit name');
      units.push({ name: piece(line, offset, offset + name.length), tier: index === 0 ? 'municipal' : 'district' });
      offset += name.length + 1;
    }
  });
  return units;
}

function build(seed: string) {
  const parsed = parseSeed(seed);
  expectCount(parsed.principles, principleGlosses.length, 'principles');
  expectCount(parsed.goalAreas, goalAreaGlosses.length, 'goal areas');
  expectCount(parsed.groups, taskGroupGlosses.length, 'task groups');
  expectCount(parsed.tasks, taskTitleGlosses.length, 'tasks');
  expectCount(parsed.measures, measureGlosses.length, 'measures');

  // Units: registry in order of first appearance, tier from the comma.
  const unitIdByName = new Map<string, string>();
  const units: Record<string, unknown>[] = [];
  const tierByName = new Map<string, string>();
  for (const task of parsed.tasks) {
    for (const { name, tier } of task.units) {
      const annotation = unitAnnotations[name.text];
      if (!annotation) {
        throw new SeedError(name.span.line, `no annotation in annotations/units.ts for unit ${name.text}`);
      }
      const seenTier = tierByName.get(name.text);
      if (seenTier && seenTier !== tier)
        throw new SeedError(name.span.line, `unit ${name.text} is ${tier} here, ${seenTier} before`);
      if (unitIdByName.has(name.text)) continue;
      unitIdByName.set(name.text, annotation.id);
      tierByName.set(name.text, tier);
      units.push({
        id: annotation.id,
        name: name.text,
        nameEn: annotation.nameEn,
        ...(annotation.fullName === undefined ? {} : { fullName: annotation.fullName }),
        kind: annotation.kind,
        tier,
        source: { name: name.span },
      });
    }
  }
  for (const name of Object.keys(unitAnnotations)) {
    if (!unitIdByName.has(name)) {
      throw new Error(`annotations/units.ts annotates ${name}, which no 责任单位 line names`);
    }
  }

  // Targets: locate each mention's words in the record it names.
  const goalAreaIds: readonly string[] = goalAreaGlosses.map((gloss) => gloss.id);
  const targetsByGoalArea = new Map<string, { id: string; at: number }[]>();
  const targetsByTask = new Map<number, { id: string; at: number }[]>();
  const targets = targetAnnotations.map((annotation) => buildTarget(annotation));

  function buildTarget(annotation: TargetAnnotation) {
    const mentions = annotation.mentions.map((mention) => {
      let record: Piece;
      let owner: Record<string, unknown>;
      let index: Map<string | number, { id: string; at: number }[]>;
      let key: string | number;
      if (mention.goalArea !== undefined) {
        const position = goalAreaIds.indexOf(mention.goalArea);
        const area = parsed.goalAreas[position];
        if (!area) throw new Error(`target ${annotation.id}: unknown goal area ${mention.goalArea}`);
        record = area.text;
        owner = { kind: 'goal-area', goalArea: mention.goalArea };
        index = targetsByGoalArea as Map<string | number, { id: string; at: number }[]>;
        key = mention.goalArea;
      } else if (mention.task !== undefined) {
        const task = parsed.tasks[mention.task - 1];
        if (!task) throw new Error(`target ${annotation.id}: unknown task ${mention.task}`);
        record = task.text;
        owner = { kind: 'task', task: mention.task };
        index = targetsByTask as Map<string | number, { id: string; at: number }[]>;
        key = mention.task;
      } else {
        throw new Error(`target ${annotation.id}: a mention names neither a goal area nor a task`);
      }
      const at = record.text.indexOf(mention.words);
      if (at < 0) throw new Error(`target ${annotation.id}: "${mention.words}" is not in ${JSON.stringify(owner)}`);
      if (record.text.indexOf(mention.words, at + 1) >= 0) {
        throw new Error(
          `target ${annotation.id}: "${mention.words}" occurs more than once in ${JSON.stringify(owner)}`,
        );
      }
      const list = index.get(key) ?? [];
      list.push({ id: annotation.id, at });
      index.set(key, list);
      const start = record.span.start + at;
      return {
        ...owner,
        words: mention.words,
        aspirational: mention.aspirational === true,
        source: { words: { line: record.span.line, start, end: start + mention.words.length } },
      };
    });
    const first = mentions[0];
    if (!first) throw new Error(`target ${annotation.id} has no mention`);
    const common = {
      id: annotation.id,
      kind: annotation.kind,
      statement: first.words,
    };
    const tail = {
      period: annotation.period,
      aspirational: mentions.some((mention) => mention.aspirational),
      mentions,
      ...(annotation.noteEn === undefined ? {} : { noteEn: annotation.noteEn }),
    };
    if (annotation.kind === 'qualitative') return { ...common, metricEn: annotation.metricEn, ...tail };
    if (!mentions.some((mention) => mention.words.includes(annotation.metric))) {
      throw new Error(`target ${annotation.id}: metric ${annotation.metric} is not in its words`);
    }
    const factor = annotation.unit === null ? null : unitFactors[annotation.unit];
    const normalize = (value: number) => (factor === null ? null : Math.round(value * factor * 1e6) / 1e6);
    return {
      ...common,
      metric: annotation.metric,
      metricEn: annotation.metricEn,
      comparator: annotation.comparator,
      cadence: annotation.cadence,
      measure: annotation.measure,
      value: annotation.value,
      ...(annotation.upperValue === undefined ? {} : { upperValue: annotation.upperValue }),
      unit: annotation.unit,
      baseValue: annotation.value === null ? null : normalize(annotation.value),
      ...(annotation.upperValue === undefined ? {} : { baseUpperValue: normalize(annotation.upperValue) }),
      baseUnit: annotation.baseUnit,
      ...(annotation.per === undefined ? {} : { per: annotation.per }),
      ...tail,
    };
  }
  const targetIdsIn = (list: { id: string; at: number }[] | undefined) => [
    ...new Set((list ?? []).sort((a, b) => a.at - b.at).map((entry) => entry.id)),
  ];

  const headerSource = parsed.header;
  const [year, month, day, hour, minute, second] = headerSource.posted as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    id: planGloss.id,
    title: headerSource.title.text,
    titleEn: planGloss.titleEn,
    issuer: parsed.imprint.issuer,
    issuerEn: planGloss.issuerEn,
    issued: parsed.imprint.date,
    posted: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}T${hour}:${minute}:${second}+08:00`,
    period: periodOfTitle(headerSource.title.text),
    language: 'zh-Hans',
    seed: { file: SEED_FILE, lines: { start: 1, end: parsed.lastLine } },
    header: {
      title: headerSource.title.text,
      issuer: headerSource.issuer.text,
      postedAt: headerSource.postedAt.text,
      pageCounter: headerSource.pageCounter.text,
      source: {
        title: headerSource.title.span,
        issuer: headerSource.issuer.span,
        postedAt: headerSource.postedAt.span,
        pageCounter: headerSource.pageCounter.span,
      },
    },
    preamble: passage(parsed.preamble),
    parts: parsed.parts.map((title, index) => heading(partGlosses[index]!, index, title)),
    sections: parsed.sections.map((title, index) => heading(sectionGlosses[index]!, index, title)),
    guidingIdeology: passage(parsed.guidingIdeology),
    principles: parsed.principles.map(({ name, text }, index) => ({
      id: principleGlosses[index]!.id,
      number: index + 1,
      name: name.text,
      nameEn: principleGlosses[index]!.nameEn,
      text: text.text,
      source: { name: name.span, text: text.span },
    })),
    goalsOverview: passage(parsed.goalsOverview),
    goalAreas: parsed.goalAreas.map(({ name, text }, index) => {
      const { id, nameEn } = goalAreaGlosses[index]!;
      return {
        id,
        number: index + 1,
        name: name.text,
        nameEn,
        text: text.text,
        targets: targetIdsIn(targetsByGoalArea.get(id)),
        source: { name: name.span, text: text.span },
      };
    }),
    taskGroups: parsed.groups.map(({ title, intro, tasks }, index) => ({
      id: taskGroupGlosses[index]!.id,
      number: index + 1,
      title: title.text,
      titleEn: taskGroupGlosses[index]!.titleEn,
      intro: intro.text,
      tasks,
      source: { title: title.span, intro: intro.span },
    })),
    tasks: parsed.tasks.map((task) => ({
      id: `task-${task.number}`,
      number: task.number,
      group: task.group,
      title: task.title.text,
      titleEn: taskTitleGlosses[task.number - 1]!,
      text: task.text.text,
      leadUnits: task.units.map((unit) => unitIdByName.get(unit.name.text)!),
      targets: targetIdsIn(targetsByTask.get(task.number)),
      source: { title: task.title.span, text: task.text.span, leadUnits: task.units.map((unit) => unit.name.span) },
    })),
    measures: parsed.measures.map(({ title, text }, index) => ({
      id: measureGlosses[index]!.id,
      number: index + 1,
      title: title.text,
      titleEn: measureGlosses[index]!.titleEn,
      text: text.text,
      source: { title: title.span, text: text.span },
    })),
    imprint: passage(parsed.imprint.text),
    units,
    targets,
  };
}

function passage({ text, span }: Piece) {
  return { text, source: { text: span } };
}

function heading(gloss: { id: string; titleEn: string }, index: number, title: Piece) {
  return { id: gloss.id, number: index + 1, title: title.text, titleEn: gloss.titleEn, source: { title: title.span } };
}

/** The period in the title: `(2022—2024年)`. */
function periodOfTitle(title: string) {
  const match = /\((\d{4})—(\d{4})年\)$/.exec(title);
  if (!match) throw new SeedError(1, 'expected the plan period at the end of the title');
  return { start: Number(match[1]), end: Number(match[2]) };
}

/** The plan text: the seed's lines 1–102, into which every span points. */
function planText(seed: string, lastLine: number): string {
  return `${seed.split('\n').slice(0, lastLine).join('\n')}\n`;
}

/** Fields `decodePlan` derives from other records (its `relate`): stored as `0`, which keeps their place. */
const DERIVED: Readonly<Record<string, readonly string[]>> = {
  parts: ['number'],
  sections: ['number'],
  principles: ['number'],
  goalAreas: ['number', 'targets'],
  taskGroups: ['number', 'tasks'],
  tasks: ['id', 'number', 'leadUnits', 'targets'],
  measures: ['number'],
  targets: ['statement', 'aspirational'],
};

/**
 * The plan in the form `decodePlan` (src/_lib/decodePlan.ts) reads: the
 * top-level fields (`head`) with each object or list that holds spans as `0`
 * and stored on its own in `parts`, in the same order, so that it can be
 * decoded when first read. In
 * a part: each span as `[gap, length]` from the end of the span before it in
 * document order (from 0 for the part's first), or `[gap]` where it runs to
 * the end of its line; each text that is its span's slice of the plan text as
 * `0`; each field in {@link DERIVED} as `0`.
 */
function storedForm(plan: Record<string, unknown>, text: string): { head: unknown; parts: unknown[] } {
  let previousEnd = 0;
  const isSpan = (value: unknown): value is Span =>
    typeof value === 'object' && value !== null && Object.keys(value).join() === 'line,start,end';
  const storeSpan = ({ start, end }: Span) => {
    const gap = start - previousEnd;
    previousEnd = end;
    return text[end] === '\n' ? [gap] : [gap, end - start];
  };
  const store = (value: unknown, derived: readonly string[] = []): unknown => {
    if (Array.isArray(value)) return value.map((item) => store(item, derived));
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    const stored: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'source') {
        stored[key] = derived.includes(key) ? 0 : store(child);
        continue;
      }
      const source: Record<string, unknown> = {};
      for (const [name, spans] of Object.entries(child as Record<string, unknown>)) {
        if (isSpan(spans)) {
          source[name] = storeSpan(spans);
          if (record[name] === text.slice(spans.start, spans.end)) stored[name] = 0;
        } else if (Array.isArray(spans) && spans.every(isSpan)) {
          source[name] = spans.map(storeSpan);
        } else {
          throw new Error(`source.${name} is neither a span nor a list of spans`);
        }
      }
      stored[key] = source;
    }
    return stored;
  };
  const head: Record<string, unknown> = {};
  const parts: unknown[] = [];
  for (const [key, value] of Object.entries(plan)) {
    // decodePlan reads a top-level 0 as the place of a part.
    if (value === 0) throw new Error(`plan.${key} is 0, which the stored form keeps for parts`);
    // Small records without spans (the period, the seed's lines) stay in the head.
    if (typeof value !== 'object' || value === null || !JSON.stringify(value).includes('"source"')) {
      head[key] = value;
      continue;
    }
    head[key] = 0;
    previousEnd = 0;
    parts.push(store(value, DERIVED[key]));
  }
  return { head, parts };
}

/** Writes the type that `as const` would give a value: every value its literal type, every array a tuple. */
function literalType(value: unknown, indent = ''): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'readonly []';
    return `readonly [\n${value.map((item) => `${inner}${literalType(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value !== 'object') throw new Error(`cannot write a type for ${typeof value}`);
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  if (entries.every(([, child]) => typeof child === 'number') && Object.keys(value).join() === 'line,start,end') {
    return `{ ${entries.map(([key, child]) => `readonly ${key}: ${String(child)}`).join('; ')} }`;
  }
  const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
  const fields = entries.map(([name, child]) => `${inner}readonly ${key(name)}: ${literalType(child, inner)};`);
  return `{\n${fields.join('\n')}\n${indent}}`;
}

/** JSON with each `'` written `\\u0027`, so that it fits in a single-quoted literal unescaped. */
function quotableJson(value: unknown): string {
  return JSON.stringify(value).replace(/'/g, '\\u0027');
}

/** A single-quoted string literal of quotable JSON. */
function singleQuoted(json: string): string {
  return `'${json.replace(/\\/g, '\\\\')}'`;
}

function render(seed: string): { planModule: string; englishModule: string } {
  const plan = build(seed);
  const text = planText(seed, plan.seed.lines.end);
  const stored = storedForm(plan, text);
  const head = quotableJson(stored.head);
  const parts = stored.parts.map(quotableJson);
  if (JSON.stringify(decodePlan(head, () => parts, text)) !== JSON.stringify(plan)) {
    throw new Error('the stored form does not decode to the plan: scripts/generate-plan.ts and decodePlan disagree');
  }
  const planModule = `// Generated by scripts/generate-plan.ts from ${SEED_FILE} and annotations/*.ts.
// Do not edit: change annotations/ and run \`npm run generate\`.
import { decodePlan } from '../_lib/decodePlan.js';

/** The plan text: the seed's lines 1–${plan.seed.lines.end}, into which every span points. */
export const planText: string = ${JSON.stringify(text)};

/**
 * The type of {@link plan}: every record with its literal values.
 * @example
 * \`\`\`ts
 * import { plan, type NanjingPlan } from 'nanjing-innovation-plan';
 * const data: NanjingPlan = plan;
 * // every value keeps its literal type: a misspelt title does not compile
 * const title: '壮大高科技型企业规模' = data.tasks[0].title;
 * title //=> '壮大高科技型企业规模'
 * data.period //=> { start: 2022, end: 2024 }
 * \`\`\`
 * @category Data
 */
export type NanjingPlan = ${literalType(plan)};

/**
 * The whole plan as immutable data: metadata, every paragraph with its
 * source span, the 32 tasks with their responsible units, and the
 * registries of units and targets.
 *
 * @example
 * \`\`\`ts
 * import { plan } from 'nanjing-innovation-plan';
 * plan.tasks.length //=> 32
 * plan.tasks[0].title //=> '壮大高科技型企业规模'
 * \`\`\`
 * @category Data
 */
export const plan: NanjingPlan = /* @__PURE__ */ decodePlan<NanjingPlan>(
  ${singleQuoted(head)},
  () => [
${parts.map((json) => `    ${singleQuoted(json)},`).join('\n')}
  ],
  planText,
);
`;
  return { planModule, englishModule: renderEnglish(plan, text, SEED_FILE) };
}

const seed = readFileSync(new URL(SEED_FILE, `file://${root}/`), 'utf8');
const rendered = render(seed);
const outputs: readonly (readonly [string, string])[] = [
  [OUTPUT_FILE, rendered.planModule],
  [ENGLISH_FILE, rendered.englishModule],
];
if (process.argv.includes('--check')) {
  for (const [file, output] of outputs) {
    let current = '';
    try {
      current = readFileSync(new URL(file, `file://${root}/`), 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== output) {
      console.error(`${file} is not current: run \`npm run generate\` and commit the result.`);
      process.exit(1);
    }
  }
  // The folder of the output holds generated files only, each saying so in its first line.
  const outputFolder = new URL('.', new URL(OUTPUT_FILE, `file://${root}/`));
  const handWritten = readdirSync(outputFolder).filter(
    (file) => !readFileSync(new URL(file, outputFolder), 'utf8').startsWith('// Generated by scripts/'),
  );
  if (handWritten.length > 0) {
    console.error(
      `${posix.dirname(OUTPUT_FILE)}/ holds generated files only; move ${handWritten.join(', ')} elsewhere.`,
    );
    process.exit(1);
  }
} else {
  for (const [file, output] of outputs) {
    writeFileSync(new URL(file, `file://${root}/`), output);
    console.log(`wrote ${file}`);
  }
}
