// Reads the CSV tables back and proves they hold the same data as plan.json, observations.json and en.json: the
// records rebuilt from the tables alone deep-equal the JSON, so every id and every value made the trip.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Cell, dist, type Row, readDescriptor, readTable } from './_tables.js';

const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, dist), 'utf8'));
const plan = readJson('plan.json');
const { observations } = readJson('observations.json');
const english = readJson('en.json');
const descriptor = readDescriptor();
const table = (name: string) => readTable(name, descriptor);

/** An object without the keys whose value is absent (an empty cell of an optional field). */
function present(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
const optional = (value: Cell | undefined) => (value === null ? undefined : value);
const span = (row: Row, prefix = '') => ({
  line: row[`${prefix}line`],
  start: row[`${prefix}start`],
  end: row[`${prefix}end`],
});

const mentions = table('target-mentions');
const links = table('task-units');

/** The targets stated in a goal area or task, in the order of their first words there. */
function targetsIn(kind: 'goal-area' | 'task', key: 'goal_area' | 'task', value: Cell | undefined): string[] {
  const here = mentions.filter((row) => row.kind === kind && row[key] === value);
  here.sort((left, right) => (left.start as number) - (right.start as number));
  return [...new Set(here.map((row) => row.target as string))];
}

describe('the CSV tables', () => {
  it('have one row per record', () => {
    const counts = Object.fromEntries(
      descriptor.resources.map((resource) => [resource.name, table(resource.name).length]),
    );
    expect(counts).toEqual({
      'task-groups': 6,
      tasks: 32,
      units: 35,
      'task-units': 128,
      targets: 40,
      'target-mentions': 51,
      principles: 4,
      'goal-areas': 5,
      measures: 3,
      observations: 72,
      'english-sentences': 246,
    });
  });

  it('hold the task groups of plan.json', () => {
    const rebuilt = table('task-groups').map((row) => ({
      id: row.id,
      number: row.number,
      title: row.title,
      titleEn: row.title_en,
      intro: row.intro,
      tasks: table('tasks')
        .filter((task) => task.group === row.number)
        .map((task) => task.number),
      source: { title: span(row, 'title_'), intro: span(row, 'intro_') },
    }));
    expect(rebuilt).toStrictEqual(plan.taskGroups);
  });

  it('hold the tasks of plan.json, with their units in order and their targets', () => {
    const rebuilt = table('tasks').map((row) => {
      const own = links
        .filter((link) => link.task === row.number)
        .sort((a, b) => (a.order as number) - (b.order as number));
      return {
        id: row.id,
        number: row.number,
        group: row.group,
        title: row.title,
        titleEn: row.title_en,
        text: row.text,
        leadUnits: own.map((link) => link.unit),
        targets: targetsIn('task', 'task', row.number),
        source: { title: span(row, 'title_'), text: span(row, 'text_'), leadUnits: own.map((link) => span(link)) },
      };
    });
    expect(rebuilt).toStrictEqual(plan.tasks);
  });

  it('mark the first unit of each task as its primary lead', () => {
    expect(links.filter((link) => link.role === 'primary-lead')).toHaveLength(32);
    expect(links.find((link) => link.task === 1 && link.order === 1)).toMatchObject({
      unit: 'science-technology-bureau',
      role: 'primary-lead',
    });
    expect(links.every((link) => (link.order === 1) === (link.role === 'primary-lead'))).toBe(true);
  });

  it('hold the units of plan.json', () => {
    const rebuilt = table('units').map((row) =>
      present({
        id: row.id,
        name: row.name,
        nameEn: row.name_en,
        fullName: optional(row.full_name),
        kind: row.kind,
        tier: row.tier,
        source: { name: span(row, 'name_') },
      }),
    );
    expect(rebuilt).toStrictEqual(plan.units);
  });

  it('hold the targets of plan.json, with every mention', () => {
    const rebuilt = table('targets').map((row) => {
      const quantitative =
        row.kind === 'quantitative'
          ? {
              metric: row.metric,
              comparator: row.comparator,
              cadence: row.cadence,
              measure: row.measure,
              value: row.value,
              upperValue: optional(row.upper_value),
              unit: row.unit,
              baseValue: row.base_value,
              baseUpperValue: optional(row.base_upper_value),
              baseUnit: row.base_unit,
              per: row.per_name === null ? undefined : { name: row.per_name, nameEn: row.per_name_en },
            }
          : {};
      return present({
        id: row.id,
        kind: row.kind,
        statement: row.statement,
        metricEn: row.metric_en,
        ...quantitative,
        period: { start: row.period_start, end: row.period_end },
        aspirational: row.aspirational,
        noteEn: optional(row.note_en),
        mentions: mentions
          .filter((mention) => mention.target === row.id)
          .sort((a, b) => (a.order as number) - (b.order as number))
          .map((mention) => ({
            kind: mention.kind,
            ...(mention.kind === 'task' ? { task: mention.task } : { goalArea: mention.goal_area }),
            words: mention.words,
            aspirational: mention.aspirational,
            source: { words: span(mention) },
          })),
      });
    });
    expect(rebuilt).toStrictEqual(plan.targets);
  });

  it('keep a null figure apart from no figure', () => {
    const rise = table('targets').find((row) => row.id === 'non-fossil-energy-share');
    expect(rise).toMatchObject({
      kind: 'quantitative',
      comparator: 'rise',
      value: null,
      unit: null,
      base_unit: 'percent',
    });
    const range = table('targets').find((row) => row.id === 'fifty-billion-yuan-parks');
    expect(range).toMatchObject({ value: 4, upper_value: 6, unit: '家', base_value: 4, base_upper_value: 6 });
  });

  it('hold the principles, goal areas and measures of plan.json', () => {
    const named = (row: Row) => ({
      id: row.id,
      number: row.number,
      name: row.name,
      nameEn: row.name_en,
      text: row.text,
    });
    expect(
      table('principles').map((row) => ({
        ...named(row),
        source: { name: span(row, 'name_'), text: span(row, 'text_') },
      })),
    ).toStrictEqual(plan.principles);
    expect(
      table('goal-areas').map((row) => ({
        ...named(row),
        targets: targetsIn('goal-area', 'goal_area', row.id),
        source: { name: span(row, 'name_'), text: span(row, 'text_') },
      })),
    ).toStrictEqual(plan.goalAreas);
    expect(
      table('measures').map((row) => ({
        id: row.id,
        number: row.number,
        title: row.title,
        titleEn: row.title_en,
        text: row.text,
        source: { title: span(row, 'title_'), text: span(row, 'text_') },
      })),
    ).toStrictEqual(plan.measures);
  });

  it('hold the published figures of observations.json', () => {
    const rebuilt = table('observations').map((row) =>
      present({
        id: row.id,
        target: row.target,
        year: row.year,
        asOf: optional(row.as_of),
        yearStated: row.year_stated,
        valueText: row.value_text,
        value: row.value,
        unit: row.unit,
        unitAsWritten: optional(row.unit_as_written),
        reading: row.reading,
        normalized: row.normalized,
        baseUnit: row.base_unit,
        scope: row.scope,
        counts: row.counts,
        quote: row.quote,
        publisher: row.publisher,
        // title and published are null, not absent, where the source has none.
        title: row.title,
        published: row.published,
        url: row.url,
        sourceKind: row.source_kind,
        comparable: row.comparable,
        notComparableBecause: optional(row.not_comparable_because),
        preferred: row.preferred,
        preferredBecause: optional(row.preferred_because),
        preferredOver: optional(row.preferred_over),
        note: optional(row.note),
        checked: row.checked,
        check: row.check,
      }),
    );
    expect(rebuilt).toStrictEqual(observations);
  });

  it('hold the English sentences of en.json', () => {
    const rebuilt = table('english-sentences').map((row) => ({
      id: row.id,
      zh: row.zh,
      en: row.en,
      source: span(row),
      record: { section: row.section, id: row.record_id, field: row.field },
    }));
    expect(rebuilt).toStrictEqual(english.sentences);
  });

  it('quote a cell that holds a comma or a double quote, as RFC 4180 says', () => {
    const text = readFileSync(new URL('csv/observations.csv', dist), 'utf8');
    expect(text.startsWith('id,target,year,as_of,')).toBe(true);
    expect(text.includes('\r\n')).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    // A preferred_over cell holds a JSON array: quoted, with its double quotes doubled.
    expect(text).toContain('"[""high-tech-enterprises-2023-tigerandtech-10000""]"');
  });
});
