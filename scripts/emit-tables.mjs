// Writes the data as CSV tables (dist/csv/*.csv) and a Frictionless Data
// Package descriptor (dist/datapackage.json, Data Package v1 with the
// tabular-data-package profile), from the built JSON (dist/plan.json,
// dist/observations.json, dist/en.json): analysts and programs in other
// languages read the same data as the TypeScript users. Column names are part
// of the package's API (see "Versioning and data corrections" in the README).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';

const dist = new URL('../dist/', import.meta.url);
const readJson = (name) => JSON.parse(readFileSync(new URL(name, dist), 'utf8'));
const plan = readJson('plan.json');
const { observations } = readJson('observations.json');
const english = readJson('en.json');
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Field helpers: each column has a name, a Frictionless type, a description and how it is read from a record.
const field = (name, type, description, get, extra = {}) => ({ name, type, description, get, ...extra });
const required = { constraints: { required: true } };
const spanFields = (prefix, what, get) => [
  field(`${prefix}line`, 'integer', `Line (1-based) of the seed text where ${what} is.`, (r) => get(r)?.line),
  field(
    `${prefix}start`,
    'integer',
    `Offset (0-based, in UTF-16 code units of the whole seed text) where ${what} starts.`,
    (r) => get(r)?.start,
  ),
  field(`${prefix}end`, 'integer', `Offset (exclusive) where ${what} ends.`, (r) => get(r)?.end),
];

/** The columns of a numbered text of the plan (a principle, a goal area, a measure): its name or title, and text. */
function numberedTextFields(what, key) {
  return [
    field('id', 'string', `Id of the ${what}.`, (r) => r.id, required),
    field('number', 'integer', 'Position in the plan, from 1.', (r) => r.number, required),
    field(key, 'string', `${key[0].toUpperCase()}${key.slice(1)} as written.`, (r) => r[key]),
    field(`${key}_en`, 'string', `English gloss of the ${key} (unofficial).`, (r) => r[`${key}En`]),
    field('text', 'string', 'Text as written.', (r) => r.text),
    ...spanFields(`${key}_`, `the ${key}`, (r) => r.source[key]),
    ...spanFields('text_', 'the text', (r) => r.source.text),
  ];
}

const taskTargetMentions = plan.targets.flatMap((target) =>
  target.mentions.map((mention, index) => ({ target: target.id, order: index + 1, ...mention })),
);

const tables = [
  {
    name: 'task-groups',
    title: 'Task groups',
    description: 'The 6 groups of key tasks (二、重点任务 (一)…(六)), with their titles and introductions.',
    primaryKey: 'number',
    rows: plan.taskGroups,
    fields: [
      field('number', 'integer', 'Number of the group, 1–6, in the order of the plan.', (r) => r.number, required),
      field('id', 'string', 'Id of the group (ASCII kebab-case, e.g. enterprise-forest).', (r) => r.id, {
        constraints: { required: true, unique: true },
      }),
      field('title', 'string', 'Title as written in the plan (Chinese, authoritative).', (r) => r.title),
      field('title_en', 'string', 'English gloss of the title (unofficial).', (r) => r.titleEn),
      field('intro', 'string', 'Introductory paragraph as written in the plan.', (r) => r.intro),
      ...spanFields('title_', 'the title', (r) => r.source.title),
      ...spanFields('intro_', 'the introduction', (r) => r.source.intro),
    ],
  },
  {
    name: 'tasks',
    title: 'Tasks',
    description: 'The 32 key tasks, with the group each belongs to. Responsible units are in task-units.',
    primaryKey: 'number',
    foreignKeys: [{ fields: 'group', reference: { resource: 'task-groups', fields: 'number' } }],
    rows: plan.tasks,
    fields: [
      field('number', 'integer', 'Number of the task, 1–32, as numbered in the plan.', (r) => r.number, required),
      field('id', 'string', 'Id of the task (task-1 … task-32).', (r) => r.id, {
        constraints: { required: true, unique: true },
      }),
      field('group', 'integer', 'Number of the task group (task-groups.number).', (r) => r.group, required),
      field('title', 'string', 'Title as written in the plan.', (r) => r.title),
      field('title_en', 'string', 'English gloss of the title (unofficial).', (r) => r.titleEn),
      field('text', 'string', 'Text of the task as written in the plan (without its 责任单位 line).', (r) => r.text),
      ...spanFields('title_', 'the title', (r) => r.source.title),
      ...spanFields('text_', 'the text', (r) => r.source.text),
    ],
  },
  {
    name: 'units',
    title: 'Responsible units',
    description: 'The 35 units (bureaus, district governments, other bodies) named as responsible for tasks.',
    primaryKey: 'id',
    rows: plan.units,
    fields: [
      field('id', 'string', 'Id of the unit (e.g. science-technology-bureau).', (r) => r.id, required),
      field('name', 'string', 'Name as written in the plan (e.g. 市科技局).', (r) => r.name),
      field('name_en', 'string', 'English name (unofficial).', (r) => r.nameEn),
      field('full_name', 'string', 'Full official name, where known; empty otherwise.', (r) => r.fullName),
      field('kind', 'string', 'Kind of body.', (r) => r.kind),
      field(
        'tier',
        'string',
        'municipal, or district for the units after the comma of a 责任单位 line.',
        (r) => r.tier,
        {
          constraints: { enum: ['municipal', 'district'] },
        },
      ),
      ...spanFields('name_', "the unit's first mention", (r) => r.source.name),
    ],
  },
  {
    name: 'task-units',
    title: 'Task–unit links',
    description:
      'Which units are responsible for which task, in the order the 责任单位 line names them; ' +
      'the first is the primary lead.',
    primaryKey: ['task', 'order'],
    foreignKeys: [
      { fields: 'task', reference: { resource: 'tasks', fields: 'number' } },
      { fields: 'unit', reference: { resource: 'units', fields: 'id' } },
    ],
    rows: plan.tasks.flatMap((task) =>
      task.leadUnits.map((unit, index) => ({
        task: task.number,
        unit,
        order: index + 1,
        span: task.source.leadUnits[index],
      })),
    ),
    fields: [
      field('task', 'integer', 'Number of the task (tasks.number).', (r) => r.task, required),
      field('order', 'integer', 'Position of the unit on the task’s 责任单位 line, from 1.', (r) => r.order, required),
      field('unit', 'string', 'Id of the unit (units.id).', (r) => r.unit, required),
      field(
        'role',
        'string',
        'primary-lead for the first unit named, co-responsible for the others.',
        (r) => (r.order === 1 ? 'primary-lead' : 'co-responsible'),
        { constraints: { required: true, enum: ['primary-lead', 'co-responsible'] } },
      ),
      ...spanFields('', "the unit's name on the 责任单位 line", (r) => r.span),
    ],
  },
  {
    name: 'targets',
    title: 'Targets',
    description:
      'The 40 targets (35 quantitative, 5 qualitative), one row each, as the package reads them. ' +
      'Where each is stated is in target-mentions.',
    primaryKey: 'id',
    rows: plan.targets,
    fields: [
      field('id', 'string', 'Id of the target (e.g. high-tech-enterprises).', (r) => r.id, required),
      field('kind', 'string', 'quantitative (has a metric and comparator) or qualitative.', (r) => r.kind, {
        constraints: { required: true, enum: ['quantitative', 'qualitative'] },
      }),
      field('statement', 'string', 'The words of the plan that state the target.', (r) => r.statement),
      field(
        'metric',
        'string',
        'What is measured, in the plan’s words; empty for qualitative targets.',
        (r) => r.metric,
      ),
      field('metric_en', 'string', 'English gloss of what is measured (unofficial).', (r) => r.metricEn),
      field(
        'comparator',
        'string',
        'How the figure is compared: reach, at-least, exceed, range, grow-by, reduce-by, rise, …',
        (r) => r.comparator,
      ),
      field('cadence', 'string', 'by-deadline, each-year, year-on-year or average-annual.', (r) => r.cadence),
      field('measure', 'string', 'level, increment or change.', (r) => r.measure),
      field('value', 'number', 'The figure as written (in unit); empty where the plan gives none.', (r) => r.value),
      field('upper_value', 'number', 'Upper end of a range (comparator range), as written.', (r) => r.upperValue),
      field(
        'unit',
        'string',
        'The unit as written (万家, 个, %, 亿元, …); empty where there is no figure.',
        (r) => r.unit,
      ),
      field('base_value', 'number', 'The figure in its base unit (1.2 万家 is 12000).', (r) => r.baseValue),
      field('base_upper_value', 'number', 'Upper end of a range in the base unit.', (r) => r.baseUpperValue),
      field('base_unit', 'string', 'The base unit (enterprises, people, percent, yuan, km2, …).', (r) => r.baseUnit),
      field(
        'per_name',
        'string',
        'Where the figure applies to each of several places: their name.',
        (r) => r.per?.name,
      ),
      field('per_name_en', 'string', 'English gloss of per_name.', (r) => r.per?.nameEn),
      field('period_start', 'integer', 'First year of the target’s period.', (r) => r.period.start, required),
      field(
        'period_end',
        'integer',
        'Last year of the period: the year the target is due.',
        (r) => r.period.end,
        required,
      ),
      field(
        'aspirational',
        'boolean',
        'true where the plan words it as an aim (力争, 争取, …).',
        (r) => r.aspirational,
        required,
      ),
      field('note_en', 'string', 'How an ambiguous wording was read (English).', (r) => r.noteEn),
    ],
  },
  {
    name: 'target-mentions',
    title: 'Target mentions',
    description: 'Each place in the plan (a goal area or a task) that states a target, with the words and their span.',
    primaryKey: ['target', 'order'],
    foreignKeys: [
      { fields: 'target', reference: { resource: 'targets', fields: 'id' } },
      { fields: 'goal_area', reference: { resource: 'goal-areas', fields: 'id' } },
      { fields: 'task', reference: { resource: 'tasks', fields: 'number' } },
    ],
    rows: taskTargetMentions,
    fields: [
      field('target', 'string', 'Id of the target (targets.id).', (r) => r.target, required),
      field(
        'order',
        'integer',
        'Position of this mention among the target’s mentions, from 1.',
        (r) => r.order,
        required,
      ),
      field('kind', 'string', 'goal-area or task: where the target is stated.', (r) => r.kind, {
        constraints: { required: true, enum: ['goal-area', 'task'] },
      }),
      field('goal_area', 'string', 'Id of the goal area (goal-areas.id), for kind goal-area.', (r) => r.goalArea),
      field('task', 'integer', 'Number of the task (tasks.number), for kind task.', (r) => r.task),
      field('words', 'string', 'The words of the mention, as written.', (r) => r.words),
      field(
        'aspirational',
        'boolean',
        'true where these words are an aim (力争, 争取, …).',
        (r) => r.aspirational,
        required,
      ),
      ...spanFields('', 'the words', (r) => r.source.words),
    ],
  },
  {
    name: 'principles',
    title: 'Basic principles',
    description: 'The 4 basic principles ((二)基本原则).',
    primaryKey: 'id',
    rows: plan.principles,
    fields: numberedTextFields('principle', 'name'),
  },
  {
    name: 'goal-areas',
    title: 'Goal areas',
    description: 'The 5 goal areas ((三)主要目标). Their targets are the goal-area rows of target-mentions.',
    primaryKey: 'id',
    rows: plan.goalAreas,
    fields: numberedTextFields('goal area', 'name'),
  },
  {
    name: 'measures',
    title: 'Safeguard measures',
    description: 'The 3 safeguard measures (三、措施保障).',
    primaryKey: 'id',
    rows: plan.measures,
    fields: numberedTextFields('measure', 'title'),
  },
  {
    name: 'observations',
    title: 'Published figures',
    description:
      'Figures for the targets published by others (statistics bureaus, government departments, the press), ' +
      'each with the sentence that states it and where it was read. Not part of the plan.',
    primaryKey: 'id',
    foreignKeys: [{ fields: 'target', reference: { resource: 'targets', fields: 'id' } }],
    rows: observations,
    fields: [
      field('id', 'string', 'Id of the figure.', (r) => r.id, required),
      field('target', 'string', 'Id of the target it is a figure for (targets.id).', (r) => r.target, required),
      field('year', 'integer', 'The year the figure is for.', (r) => r.year, required),
      field('as_of', 'date', 'The date the figure speaks for, where stated.', (r) => r.asOf),
      field('year_stated', 'boolean', 'Whether the source states the year.', (r) => r.yearStated, required),
      field('value_text', 'string', 'The figure as the source writes it.', (r) => r.valueText),
      field('value', 'number', 'The figure, in unit.', (r) => r.value, required),
      field('unit', 'string', 'The unit of value.', (r) => r.unit),
      field('unit_as_written', 'string', 'The unit as the source writes it, where it differs.', (r) => r.unitAsWritten),
      field(
        'reading',
        'string',
        'How the wording bounds the figure (exact, at-least, over, about, …).',
        (r) => r.reading,
      ),
      field('normalized', 'number', 'The figure in the base unit.', (r) => r.normalized, required),
      field('base_unit', 'string', 'The base unit (as targets.base_unit).', (r) => r.baseUnit),
      field('scope', 'string', 'The area the figure covers.', (r) => r.scope),
      field('counts', 'string', 'What is counted (total, new in the year, …).', (r) => r.counts),
      field('quote', 'string', 'The sentence of the source that states the figure.', (r) => r.quote),
      field('publisher', 'string', 'Who published it.', (r) => r.publisher),
      field('title', 'string', 'Title of the page or document, where it has one.', (r) => r.title),
      field('published', 'date', 'Publication date, where known.', (r) => r.published),
      field('url', 'string', 'Where it was read.', (r) => r.url, { format: 'uri' }),
      field('source_kind', 'string', 'media, government-department or government-report.', (r) => r.sourceKind),
      field('comparable', 'boolean', 'Whether it measures what the target measures.', (r) => r.comparable, required),
      field(
        'not_comparable_because',
        'array',
        'Why not comparable (JSON array of codes).',
        (r) => r.notComparableBecause,
      ),
      field(
        'preferred',
        'boolean',
        'Whether it is the figure used for its target and year.',
        (r) => r.preferred,
        required,
      ),
      field('preferred_because', 'string', 'Why it is preferred over others.', (r) => r.preferredBecause),
      field('preferred_over', 'array', 'Ids of the figures it is preferred over (JSON array).', (r) => r.preferredOver),
      field('note', 'string', 'Notes on the source.', (r) => r.note),
      field('checked', 'string', 'How the quote was checked against the page.', (r) => r.checked),
      field('check', 'string', 'What the check found.', (r) => r.check),
    ],
  },
  {
    name: 'english-sentences',
    title: 'English sentences',
    description:
      'Every sentence of the plan with its unofficial English translation and its span; the Chinese is ' +
      'authoritative.',
    primaryKey: 'id',
    rows: english.sentences,
    fields: [
      field(
        'id',
        'string',
        'Id of the sentence: seed line, dot, position in the line (e.g. 24.2).',
        (r) => r.id,
        required,
      ),
      field('zh', 'string', 'The sentence as written.', (r) => r.zh, required),
      field('en', 'string', 'The English translation (unofficial).', (r) => r.en, required),
      ...spanFields('', 'the sentence', (r) => r.source),
      field(
        'section',
        'string',
        'The part of the plan data it belongs to (tasks, goalAreas, header, …).',
        (r) => r.record.section,
      ),
      field('record_id', 'string', 'Id of the record within the section, where it has one.', (r) => r.record.id),
      field('field', 'string', 'The field of the record (title, text, intro, …).', (r) => r.record.field),
    ],
  },
];

function cell(value, type) {
  if (value === undefined || value === null) return '';
  if (type === 'boolean') return value ? 'true' : 'false';
  if (type === 'array') return JSON.stringify(value);
  return String(value);
}

const directory = new URL('csv/', dist);
rmSync(directory, { recursive: true, force: true });
mkdirSync(directory, { recursive: true });
for (const table of tables) {
  const rows = table.rows.map((row) => table.fields.map((column) => cell(column.get(row), column.type)));
  const text = stringify([table.fields.map((column) => column.name), ...rows], { record_delimiter: 'windows' });
  writeFileSync(new URL(`${table.name}.csv`, directory), text);
}

const publishers = [...new Set(observations.map((observation) => observation.publisher))];
const descriptor = {
  profile: 'tabular-data-package',
  name: manifest.name,
  title: `${plan.title} — tables`,
  description:
    `The data of ${plan.titleEn} (${plan.title}), issued by ${plan.issuerEn} (${plan.issuer}) on ${plan.issued}, ` +
    'as CSV tables (UTF-8, header row, RFC 4180 quoting, CRLF line ends; an empty cell is a missing value). ' +
    'Built from the same data as plan.json; the Chinese text is authoritative and English glosses are unofficial. ' +
    'Data Package v1 (Frictionless), tabular-data-package profile.',
  version: manifest.version,
  keywords: manifest.keywords,
  licenses: [
    {
      name: 'MIT',
      path: 'https://opensource.org/licenses/MIT',
      title:
        "The package's licence (its LICENSE file), for the tables as compiled: ids, readings of the targets, " +
        'links, spans and English glosses. The plan text itself is an official document of a Party and state ' +
        "body, outside copyright protection under Article 5 of the Copyright Law of the People's Republic of " +
        'China; the quotes in observations are sentences of the cited publishers, quoted with their sources.',
    },
  ],
  sources: [
    {
      title:
        `${plan.title}, ${plan.issuer}, ${plan.issued} ` +
        `(posted ${plan.posted.slice(0, 10)}; captured as ${plan.seed.file})`,
    },
    ...publishers.map((publisher) => ({ title: `${publisher} (published figures in observations)` })),
  ],
  resources: tables.map((table) => ({
    profile: 'tabular-data-resource',
    name: table.name,
    path: `csv/${table.name}.csv`,
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.fields.map(({ get: _get, ...column }) => column),
      missingValues: [''],
      primaryKey: table.primaryKey,
      ...(table.foreignKeys === undefined ? {} : { foreignKeys: table.foreignKeys }),
    },
  })),
};
writeFileSync(new URL('datapackage.json', dist), `${JSON.stringify(descriptor, null, 2)}\n`);
