/**
 * Reads the English translation in `annotations/translation/` and writes
 * `src/data/english.ts` (called by scripts/generate-plan.ts with the plan it
 * built). It fails, naming the line, when a sentence's Chinese is not the
 * seed's text at its offsets, when the sentences of a line do not cover it
 * exactly, when a record's English title or a unit's English name differs
 * from the translation, or when the fidelity check finds a defect.
 */
import { readFileSync } from 'node:fs';
import { decodeEnglish } from '../src/_lib/decodeEnglish.js';
import { checkFidelity } from '../src/english/_fidelity.js';
import type { Span } from '../src/model/types.js';

const SENTENCES_FILE = 'annotations/translation/sentences.en.json';
const GLOSSARY_FILE = 'annotations/translation/glossary.en.json';

/** The notice every English text of the package carries. */
export const NOTICE = 'Unofficial English translation; the Chinese text is authoritative.';

interface SentenceRecord {
  readonly id: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly zh: string;
  readonly en: string;
}

interface GlossaryRecord {
  readonly zh: string;
  readonly en: string;
  readonly kind: string;
  readonly note?: string;
  readonly variants?: readonly string[];
}

const KEYED = ['parts', 'sections', 'principles', 'goalAreas', 'taskGroups', 'tasks', 'measures'] as const;

function readJson<TValue>(file: string): TValue {
  return JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as TValue;
}

interface Titled<TField extends string> {
  readonly id: string;
  readonly titleEn: string;
  readonly source: Readonly<Record<TField, Span>>;
}

interface Named {
  readonly id: string;
  readonly nameEn: string;
  readonly source: { readonly name: Span; readonly text: Span };
}

/** The parts of the plan built by generate-plan.ts that the English is aligned to. */
interface BuiltPlan {
  readonly titleEn: string;
  readonly header: { readonly source: Readonly<Record<'title' | 'issuer' | 'postedAt' | 'pageCounter', Span>> };
  readonly preamble: { readonly source: { readonly text: Span } };
  readonly guidingIdeology: { readonly source: { readonly text: Span } };
  readonly goalsOverview: { readonly source: { readonly text: Span } };
  readonly imprint: { readonly source: { readonly text: Span } };
  readonly parts: readonly Titled<'title'>[];
  readonly sections: readonly Titled<'title'>[];
  readonly principles: readonly Named[];
  readonly goalAreas: readonly Named[];
  readonly taskGroups: readonly Titled<'title' | 'intro'>[];
  readonly tasks: readonly {
    readonly id: string;
    readonly titleEn: string;
    readonly source: { readonly title: Span; readonly text: Span; readonly leadUnits: readonly Span[] };
  }[];
  readonly measures: readonly Titled<'title' | 'text'>[];
  readonly units: readonly Readonly<Record<string, unknown>>[];
}

type UnitNames = readonly { readonly id: string; readonly name: string; readonly nameEn: string }[];

/** The fields of each record that carries Chinese text, with the span each covers. */
function fieldsOf(plan: BuiltPlan): { section: string; id: string | null; fields: Record<string, Span> }[] {
  const out: { section: string; id: string | null; fields: Record<string, Span> }[] = [];
  const { title, issuer, postedAt, pageCounter } = plan.header.source;
  out.push({ section: 'header', id: null, fields: { title, issuer, postedAt, pageCounter } });
  out.push({ section: 'preamble', id: null, fields: { text: plan.preamble.source.text } });
  for (const part of plan.parts) out.push({ section: 'parts', id: part.id, fields: { title: part.source.title } });
  for (const item of plan.sections)
    out.push({ section: 'sections', id: item.id, fields: { title: item.source.title } });
  out.push({ section: 'guidingIdeology', id: null, fields: { text: plan.guidingIdeology.source.text } });
  for (const item of plan.principles) out.push({ section: 'principles', id: item.id, fields: { ...item.source } });
  out.push({ section: 'goalsOverview', id: null, fields: { text: plan.goalsOverview.source.text } });
  for (const item of plan.goalAreas) out.push({ section: 'goalAreas', id: item.id, fields: { ...item.source } });
  for (const item of plan.taskGroups) out.push({ section: 'taskGroups', id: item.id, fields: { ...item.source } });
  for (const task of plan.tasks) {
    const units = task.source.leadUnits;
    const unitsSpan = { line: units[0]!.line, start: units[0]!.start, end: units.at(-1)!.end };
    out.push({
      section: 'tasks',
      id: task.id,
      fields: { title: task.source.title, text: task.source.text, units: unitsSpan },
    });
  }
  for (const item of plan.measures) out.push({ section: 'measures', id: item.id, fields: { ...item.source } });
  out.push({ section: 'imprint', id: null, fields: { text: plan.imprint.source.text } });
  return out;
}

function expectTitle(what: string, sentence: string, pattern: RegExp, gloss: string): void {
  const title = sentence.replace(pattern, '').replace(/\.$/, '');
  if (title !== gloss) {
    throw new Error(
      `${what}: the English title in annotations/glosses.ts is ${JSON.stringify(gloss)}, ` +
        `but ${SENTENCES_FILE} renders it ${JSON.stringify(title)}; make them agree`,
    );
  }
}

/** Builds the source of `src/data/english.ts` from the translation and the plan built from the seed. */
export function renderEnglish(plan: BuiltPlan, text: string, seedFile: string): string {
  const records = readJson<SentenceRecord[]>(SENTENCES_FILE);
  const glossary = readJson<GlossaryRecord[]>(GLOSSARY_FILE);
  const lines = text.split('\n').slice(0, -1);
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }

  // Each sentence's Chinese is the seed's text at its offsets, and the sentences of each line tile it.
  const byLine = new Map<number, SentenceRecord[]>();
  for (const record of records) {
    const fail = (message: string) => {
      throw new Error(`${seedFile}:${record.line}: sentence ${record.id} ${message}`);
    };
    if (text.slice(record.start, record.end) !== record.zh) {
      fail(`is not the seed's text at [${record.start}, ${record.end}): ${JSON.stringify(record.zh.slice(0, 20))}…`);
    }
    const list = byLine.get(record.line) ?? [];
    list.push(record);
    byLine.set(record.line, list);
  }
  const ordered: SentenceRecord[] = [];
  lines.forEach((line, index) => {
    const number = index + 1;
    const list = byLine.get(number) ?? [];
    let at = lineStarts[index]!;
    list.forEach((record, position) => {
      if (record.start !== at) {
        throw new Error(`${seedFile}:${number}: sentence ${record.id} starts at ${record.start}, expected ${at}`);
      }
      if (record.id !== `${number}.${position + 1}`) {
        throw new Error(`${seedFile}:${number}: sentence ${record.id} should be ${number}.${position + 1}`);
      }
      at = record.end;
      ordered.push(record);
    });
    if (at !== lineStarts[index]! + line.length) {
      throw new Error(`${seedFile}:${number}: the sentences of line ${number} do not cover it exactly`);
    }
  });
  if (ordered.length !== records.length)
    throw new Error(`${SENTENCES_FILE} has sentences outside lines 1–${lines.length}`);

  // Each field of each record: the sentences that render it, each sentence in exactly one field.
  const owner = new Array<string | undefined>(ordered.length);
  const stored: Record<string, Record<string, unknown>> = {};
  const titleSentences = new Map<string, string>();
  for (const { section, id, fields } of fieldsOf(plan)) {
    const ranges: Record<string, [number, number]> = {};
    for (const [field, span] of Object.entries(fields)) {
      const indexes = ordered.flatMap((sentence, index) =>
        sentence.start < span.end && sentence.end > span.start ? [index] : [],
      );
      const where = `${section}${id === null ? '' : `.${id}`}.${field}`;
      if (indexes.length === 0) throw new Error(`${seedFile}:${span.line}: no sentence renders ${where}`);
      for (const index of indexes) {
        if (owner[index] !== undefined) {
          throw new Error(
            `${seedFile}:${span.line}: sentence ${ordered[index]!.id} spans ${owner[index]} and ${where}`,
          );
        }
        owner[index] = where;
      }
      ranges[field] = [indexes[0]!, indexes.length];
      if (field === 'title' || field === 'name') titleSentences.set(`${section}.${id}`, ordered[indexes[0]!]!.en);
    }
    if (id === null) stored[section] = ranges;
    else (stored[section] ??= {})[id] = ranges;
  }
  const orphan = owner.findIndex((where) => where === undefined);
  if (orphan >= 0)
    throw new Error(`${seedFile}:${ordered[orphan]!.line}: sentence ${ordered[orphan]!.id} renders no field`);

  // The English titles and names the main entry carries are the translation's, so they cannot drift apart.
  const title = (section: string, id: string) => titleSentences.get(`${section}.${id}`)!;
  expectTitle('the plan title', ordered[0]!.en, /^$/, plan.titleEn);
  for (const part of plan.parts) expectTitle(`part ${part.id}`, title('parts', part.id), /^[IVX]+\. /, part.titleEn);
  for (const item of plan.sections)
    expectTitle(`section ${item.id}`, title('sections', item.id), /^\(\d\) /, item.titleEn);
  for (const item of plan.principles)
    expectTitle(`principle ${item.id}`, title('principles', item.id), /^— /, item.nameEn);
  for (const item of plan.goalAreas)
    expectTitle(`goal area ${item.id}`, title('goalAreas', item.id), /^— /, item.nameEn);
  for (const item of plan.taskGroups) {
    expectTitle(`task group ${item.id}`, title('taskGroups', item.id), /^\(\d\) /, item.titleEn);
  }
  for (const task of plan.tasks) expectTitle(task.id, title('tasks', task.id), /^\d+\. /, task.titleEn);
  for (const item of plan.measures)
    expectTitle(`measure ${item.id}`, title('measures', item.id), /^\(\d\) /, item.titleEn);
  const unitTerms = new Map(glossary.filter((term) => term.kind === 'unit').map((term) => [term.zh, term.en]));
  for (const unit of plan.units as UnitNames) {
    if (unitTerms.get(unit.name) !== unit.nameEn) {
      throw new Error(
        `unit ${unit.id}: annotations/units.ts names it ${JSON.stringify(unit.nameEn)}, ` +
          `${GLOSSARY_FILE} ${JSON.stringify(unitTerms.get(unit.name))}`,
      );
    }
  }

  // The glossary: every term occurs in the plan text.
  for (const term of glossary) {
    if (!text.includes(term.zh))
      throw new Error(`${GLOSSARY_FILE}: ${term.zh} does not occur in lines 1–${lines.length}`);
  }

  const issues = checkFidelity(ordered, plan.units as UnitNames);
  if (issues.length > 0) {
    throw new Error(
      `the fidelity check failed:\n${issues.map((issue) => `  ${issue.sentence}: ${issue.message}`).join('\n')}`,
    );
  }

  const form = {
    notice: NOTICE,
    sentences: ordered.map((sentence) => [sentence.end - sentence.start, sentence.en]),
    keyed: KEYED,
    records: stored,
    glossary,
  };
  const json = JSON.stringify(form).replace(/'/g, '\\u0027');
  const decoded = decodeEnglish<{ sentences: readonly { id: string; zh: string; en: string }[] }>(json, text);
  decoded.sentences.forEach((sentence, index) => {
    const record = ordered[index]!;
    if (sentence.id !== record.id || sentence.zh !== record.zh || sentence.en !== record.en) {
      throw new Error(
        `the stored form does not decode to sentence ${record.id}: generate-english.ts and decodeEnglish disagree`,
      );
    }
  });
  return englishModule(json, stored, glossary);
}

function englishModule(
  json: string,
  stored: Record<string, Record<string, unknown>>,
  glossary: readonly GlossaryRecord[],
) {
  const fieldsType = (ranges: Record<string, unknown>) =>
    `{ ${Object.keys(ranges)
      .map((field) => `readonly ${field}: EnglishPassage;`)
      .join(' ')} }`;
  const sectionType = (section: string) => {
    const value = stored[section]!;
    if (!(KEYED as readonly string[]).includes(section)) return fieldsType(value);
    const entries = Object.entries(value).map(
      ([id, ranges]) => `    readonly ${JSON.stringify(id)}: ${fieldsType(ranges as Record<string, unknown>)};`,
    );
    return `{\n${entries.join('\n')}\n  }`;
  };
  const kinds = [...new Set(glossary.map((term) => term.kind))].map((kind) => JSON.stringify(kind)).join(' | ');
  return `// Generated by scripts/generate-plan.ts from annotations/translation/ and the plan.
// Do not edit: change annotations/translation/ and run \`npm run generate\`.
import { decodeEnglish } from '../_lib/decodeEnglish.js';
import { planText } from './plan.js';

/**
 * Where a sentence of the English stands: the list of the plan it belongs to
 * (\`tasks\`, \`principles\`, \`preamble\`, …), the record's id (\`null\` for a
 * record the plan has once, such as the preamble) and the record's field.
 * @example
 * \`\`\`ts
 * import { english } from 'nanjing-innovation-plan/en';
 * english.tasks['task-1'].text.sentences[0].record
 * //=> { section: 'tasks', id: 'task-1', field: 'text' }
 * \`\`\`
 * @category English
 */
export interface EnglishSentenceRecord {
  /** The part of {@link english} the sentence is in. */
  readonly section: EnglishSection;
  /** The record's id, or \`null\` where the plan has the record once. */
  readonly id: string | null;
  /** The record's field: \`title\`, \`name\`, \`text\`, \`intro\`, \`units\`, … */
  readonly field: string;
}

/**
 * One sentence of the plan (its Chinese ends with \`。\` or ends its line) with
 * its unofficial English rendering and its span in the seed.
 * @example
 * \`\`\`ts
 * import { english, type EnglishSentence } from 'nanjing-innovation-plan/en';
 * const sentence: EnglishSentence = english.tasks['task-1'].title.sentences[0];
 * sentence.zh //=> '1.壮大高科技型企业规模。'
 * sentence.en //=> '1. Expand the ranks of high-tech enterprises.'
 * sentence.source //=> { line: 24, start: 2077, end: 2090 }
 * \`\`\`
 * @category English
 */
export interface EnglishSentence {
  /** \`line.n\`: the n-th sentence of the seed's line. */
  readonly id: string;
  /** The Chinese sentence, as the seed writes it (authoritative). */
  readonly zh: string;
  /** The unofficial English rendering. */
  readonly en: string;
  /** Where the Chinese stands in the seed. */
  readonly source: { readonly line: number; readonly start: number; readonly end: number };
  /** The record and field the sentence belongs to. */
  readonly record: EnglishSentenceRecord;
}

/**
 * The English of one field of a record: its sentences and their English
 * joined into one text.
 * @example
 * \`\`\`ts
 * import { english, type EnglishPassage } from 'nanjing-innovation-plan/en';
 * const title: EnglishPassage = english.tasks['task-9'].title;
 * title.en //=> '9. Plan ahead for future industries.'
 * \`\`\`
 * @category English
 */
export interface EnglishPassage {
  /** The sentences, in the plan's order. */
  readonly sentences: readonly EnglishSentence[];
  /** The English of the sentences, joined with spaces. */
  readonly en: string;
}

/**
 * A kind of glossary term.
 * @example
 * \`\`\`ts
 * import { glossary, type GlossaryKind } from 'nanjing-innovation-plan/en';
 * const kind: GlossaryKind = glossary[0].kind;
 * kind //=> 'unit'
 * \`\`\`
 * @category English
 */
export type GlossaryKind = ${kinds};

/**
 * Where a glossary term occurs in the plan: its span in the seed and the id
 * of the sentence it is in.
 * @example
 * \`\`\`ts
 * import { glossary, type GlossaryOccurrence } from 'nanjing-innovation-plan/en';
 * const term = glossary.find((entry) => entry.zh === '揭榜挂帅');
 * const first: GlossaryOccurrence | undefined = term?.occurrences[0];
 * first?.sentence //=> '62.3'
 * \`\`\`
 * @category English
 */
export interface GlossaryOccurrence {
  /** The term's span in the seed. */
  readonly source: { readonly line: number; readonly start: number; readonly end: number };
  /** The id of the {@link EnglishSentence} it is in. */
  readonly sentence: string;
}

/**
 * A term of the translation's glossary: the Chinese, the one English
 * rendering used throughout, and where the term occurs.
 * @example
 * \`\`\`ts
 * import { glossary, type GlossaryTerm } from 'nanjing-innovation-plan/en';
 * const term: GlossaryTerm | undefined = glossary.find((entry) => entry.zh === '科技型中小企业');
 * term?.en //=> 'technology-based SMEs'
 * \`\`\`
 * @category English
 */
export interface GlossaryTerm {
  /** The term as the plan writes it. */
  readonly zh: string;
  /** Its English rendering. */
  readonly en: string;
  /** What the term names. */
  readonly kind: GlossaryKind;
  /** Why this rendering, where it needs saying. */
  readonly note?: string;
  /** Other forms grammar requires in some sentences. */
  readonly variants?: readonly string[];
  /** Every occurrence in the seed's lines 1–102, in order. */
  readonly occurrences: readonly GlossaryOccurrence[];
}

/**
 * The parts of {@link english} that hold records.
 * @example
 * \`\`\`ts
 * import type { EnglishSection } from 'nanjing-innovation-plan/en';
 * const section: EnglishSection = 'tasks';
 * section //=> 'tasks'
 * \`\`\`
 * @category English
 */
export type EnglishSection = ${Object.keys(stored)
    .map((section) => JSON.stringify(section))
    .join(' | ')};

/**
 * The type of {@link english}: each record of the plan with Chinese text,
 * keyed by its id, each field with its sentences.
 * @example
 * \`\`\`ts
 * import { english, type EnglishPlan } from 'nanjing-innovation-plan/en';
 * const data: EnglishPlan = english;
 * data.measures['monitoring-evaluation'].title.en //=> '(3) Monitor and evaluate the whole process.'
 * \`\`\`
 * @category English
 */
export interface EnglishPlan {
  /** Says that the English is an unofficial translation and the Chinese authoritative. */
  readonly notice: ${JSON.stringify(NOTICE)};
  readonly language: 'en';
  /** Every sentence of lines 1–102, in order. */
  readonly sentences: readonly EnglishSentence[];
  /** The translation's glossary. */
  readonly glossary: readonly GlossaryTerm[];
${Object.keys(stored)
  .map((section) => `  readonly ${section}: ${sectionType(section)};`)
  .join('\n')}
}

/**
 * The plan in English, sentence by sentence, aligned to the Chinese: an
 * unofficial translation; the Chinese text is authoritative.
 * @example
 * \`\`\`ts
 * import { english } from 'nanjing-innovation-plan/en';
 * english.notice //=> '${NOTICE}'
 * english.sentences.length //=> 246
 * english.principles['talent-led'].name.en //=> '— Uphold the leading role of talent.'
 * \`\`\`
 * @category English
 */
export const english: EnglishPlan = /* @__PURE__ */ decodeEnglish<EnglishPlan>(
  '${json.replace(/\\/g, '\\\\')}',
  planText,
);
`;
}
