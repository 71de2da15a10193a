/**
 * The shape of a plan encoded by this package: every record kind, with ids
 * kept generic so that the same shape serves another city's or another
 * year's plan. The data of this plan narrows the ids to literal unions (see
 * `TaskNumber`, `UnitId`, `TargetId`, …).
 *
 * @module
 */
import type { baseUnits, cadences, comparators, measureKinds, unitKinds, unitTiers } from './vocabularies.js';

/**
 * Where a text comes from: its 1-based line in the seed file and its
 * `[start, end)` offsets, as JavaScript string indices (UTF-16 code units)
 * into the whole file's text.
 *
 * @example
 * ```ts
 * import { plan } from 'nanjing-innovation-plan';
 * plan.tasks[0].title //=> '壮大高科技型企业规模'
 * plan.tasks[0].source.title //=> { line: 24, start: 2079, end: 2089 }
 * // the seed file's text, sliced from 2079 to 2089, is that title
 * ```
 * @category Data
 */
export interface Span {
  /** 1-based line number in the seed file. */
  readonly line: number;
  /** Offset of the first character (inclusive). */
  readonly start: number;
  /** Offset after the last character (exclusive). */
  readonly end: number;
}

/**
 * A paragraph of the plan that has no title of its own (the preamble, the
 * guiding ideology, the main-goals overview, the imprint).
 * @example
 * ```ts
 * import { plan, type Passage } from 'nanjing-innovation-plan';
 * const imprint: Passage = plan.imprint;
 * imprint.text //=> '中共南京市委办公厅2022年1月3日印发'
 * imprint.source.text //=> { line: 102, start: 11788, end: 11808 }
 * ```
 * @category Data
 */
export interface Passage {
  /** The Chinese text, exactly as in the source. */
  readonly text: string;
  /** Where the text stands in the seed. */
  readonly source: {
    /** Span of {@link Passage.text}. */
    readonly text: Span;
  };
}

/**
 * A heading of the plan: a part (`一、总体要求`) or a section of part one
 * (`(一)指导思想`).
 * @example
 * ```ts
 * import { plan, type Heading } from 'nanjing-innovation-plan';
 * const part: Heading = plan.parts[1];
 * part //=> { id: 'key-tasks', number: 2, title: '重点任务', titleEn: 'Key tasks', … }
 * plan.sections.map((section: Heading) => section.title) //=> ['指导思想', '基本原则', '主要目标']
 * ```
 * @category Data
 */
export interface Heading<TId extends string = string> {
  /** Stable kebab-case id, e.g. `general-requirements`. */
  readonly id: TId;
  /** Ordinal as numbered in the plan (一 = 1). */
  readonly number: number;
  /** The Chinese title as written. */
  readonly title: string;
  /** English gloss of the title. */
  readonly titleEn: string;
  /** Where the title stands in the seed. */
  readonly source: {
    /** Span of the title. */
    readonly title: Span;
  };
}

/**
 * One of the four basic principles (基本原则), written `——name。text`.
 * @example
 * ```ts
 * import { plan, type Principle } from 'nanjing-innovation-plan';
 * const principle: Principle = plan.principles[2];
 * principle.id //=> 'talent-led'
 * principle.name //=> '坚持人才引领'
 * principle.nameEn //=> 'Uphold the leading role of talent'
 * ```
 * @category Data
 */
export interface Principle<TId extends string = string> {
  /** Stable kebab-case id, e.g. `innovation-driven`. */
  readonly id: TId;
  /** 1–4, in the order written. */
  readonly number: number;
  /** The principle's name, e.g. `坚持创新驱动`. */
  readonly name: string;
  /** English gloss of the name. */
  readonly nameEn: string;
  /** The text after the name. */
  readonly text: string;
  /** Where the name and text stand in the seed. */
  readonly source: {
    /** Span of the name. */
    readonly name: Span;
    /** Span of the text. */
    readonly text: Span;
  };
}

/**
 * One of the five goal areas of the main goals (主要目标), written `——name。text`.
 * @example
 * ```ts
 * import { plan, type GoalArea } from 'nanjing-innovation-plan';
 * const area: GoalArea = plan.goalAreas[3];
 * area.name //=> '创新人才规模集聚优化'
 * area.targets //=> ['talent-pool', 'overseas-talent-growth', 'rd-personnel-per-10k-workers']
 * ```
 * @category Data
 */
export interface GoalArea<TId extends string = string, TTargetId extends string = string> {
  /** Stable kebab-case id, e.g. `enterprise-forest`. */
  readonly id: TId;
  /** 1–5, in the order written. */
  readonly number: number;
  /** The goal area's name, e.g. `科创企业森林枝繁叶茂`. */
  readonly name: string;
  /** English gloss of the name. */
  readonly nameEn: string;
  /** The text after the name. */
  readonly text: string;
  /** Ids of the targets this goal area states, in the order stated. */
  readonly targets: readonly TTargetId[];
  /** Where the name and text stand in the seed. */
  readonly source: {
    /** Span of the name. */
    readonly name: Span;
    /** Span of the text. */
    readonly text: Span;
  };
}

/**
 * One of the six groups of key tasks (重点任务 (一)–(六)): a title line and an
 * introductory paragraph, followed by its tasks.
 * @example
 * ```ts
 * import { plan, type TaskGroup } from 'nanjing-innovation-plan';
 * const group: TaskGroup = plan.taskGroups[3];
 * group.id //=> 'talent-city'
 * group.title //=> '引进培育高质量人才队伍,加快建设人才强市'
 * group.tasks //=> [20, 21, 22, 23]
 * ```
 * @category Data
 */
export interface TaskGroup<TId extends string = string, TTaskNumber extends number = number> {
  /** Stable kebab-case id, e.g. `enterprise-forest`. */
  readonly id: TId;
  /** 1–6, as numbered (一)–(六). */
  readonly number: number;
  /** The group's title as written. */
  readonly title: string;
  /** English gloss of the title. */
  readonly titleEn: string;
  /** The introductory paragraph under the title. */
  readonly intro: string;
  /** Numbers of the group's tasks, in order. */
  readonly tasks: readonly TTaskNumber[];
  /** Where the title and intro stand in the seed. */
  readonly source: {
    /** Span of the title. */
    readonly title: Span;
    /** Span of the intro. */
    readonly intro: Span;
  };
}

/**
 * One of the 32 numbered key tasks, written `n.title。text` and followed by a
 * `责任单位:` line naming its responsible units.
 * @example
 * ```ts
 * import { plan, type Task } from 'nanjing-innovation-plan';
 * const task: Task = plan.tasks[2];
 * task //=> { id: 'task-3', number: 3, group: 1, title: '促进规模以上企业倍增', … }
 * task.leadUnits //=> ['industry-it-bureau', 'investment-promotion-bureau']
 * task.targets //=> ['industrial-enterprises-above-scale']
 * ```
 * @category Data
 */
export interface Task<
  TTaskNumber extends number = number,
  TGroupNumber extends number = number,
  TUnitId extends string = string,
  TTargetId extends string = string,
> {
  /** Stable id, `task-<number>`. */
  readonly id: `task-${TTaskNumber}`;
  /** 1–32, as numbered in the plan. */
  readonly number: TTaskNumber;
  /** Number of the task group (1–6) the task belongs to. */
  readonly group: TGroupNumber;
  /** The title, e.g. `壮大高科技型企业规模`. */
  readonly title: string;
  /** English gloss of the title. */
  readonly titleEn: string;
  /** The task's text after its title. */
  readonly text: string;
  /**
   * The responsible units (责任单位), as unit ids in the order written; the
   * first is the primary lead.
   */
  readonly leadUnits: readonly TUnitId[];
  /** Ids of the targets this task states, in the order stated. */
  readonly targets: readonly TTargetId[];
  /** Where the title, text and unit names stand in the seed. */
  readonly source: {
    /** Span of the title. */
    readonly title: Span;
    /** Span of the text. */
    readonly text: Span;
    /** Where each unit's name stands in the `责任单位` line, parallel to `leadUnits`. */
    readonly leadUnits: readonly Span[];
  };
}

/**
 * One of the three safeguard measures (措施保障), written `(n)title。text`.
 * @example
 * ```ts
 * import { plan, type Measure } from 'nanjing-innovation-plan';
 * const measure: Measure = plan.measures[2];
 * measure.id //=> 'monitoring-evaluation'
 * measure.title //=> '实施全过程监测评价'
 * measure.titleEn //=> 'Monitor and evaluate the whole process'
 * ```
 * @category Data
 */
export interface Measure<TId extends string = string> {
  /** Stable kebab-case id, e.g. `organizational-leadership`. */
  readonly id: TId;
  /** 1–3, as numbered. */
  readonly number: number;
  /** The measure's title, e.g. `加强组织领导`. */
  readonly title: string;
  /** English gloss of the title. */
  readonly titleEn: string;
  /** The text after the title. */
  readonly text: string;
  /** Where the title and text stand in the seed. */
  readonly source: {
    /** Span of the title. */
    readonly title: Span;
    /** Span of the text. */
    readonly text: Span;
  };
}

/**
 * What kind of body a responsible unit is.
 *
 * - `party-department`: a department or office of the municipal Party committee (市委…)
 * - `government-department`: a bureau, commission or office of the municipal government, or the
 *   city's bureau of a centrally managed agency (`市税务局`)
 * - `court`: a people's court
 * - `district`: a district government
 * - `park`: a development zone or park administration
 * - `state-owned-enterprise`: a municipal state-owned enterprise group
 * - `financial-regulator`: a financial regulator or a branch of the central bank
 * - `association`: a federation or association
 * - `collective`: a collective reference to several bodies (`相关区(园区)`)
 * @example
 * ```ts
 * import { getUnit, plan, type UnitKind } from 'nanjing-innovation-plan';
 * const kind: UnitKind = getUnit('市法院').kind;
 * kind //=> 'court'
 * plan.units.filter((unit) => unit.kind === 'district').map((unit) => unit.name) //=> ['浦口区', '溧水区']
 * ```
 * @category Data
 */
export type UnitKind = (typeof unitKinds)[number];

/**
 * A unit's tier, read from the `责任单位` lines: the units listed after the
 * ASCII comma `,` are district-level, those before it municipal.
 * @example
 * ```ts
 * import { getUnit, plan, type UnitTier } from 'nanjing-innovation-plan';
 * const tier: UnitTier = getUnit('市科技局').tier;
 * tier //=> 'municipal'
 * plan.units.filter((unit) => unit.tier === 'district').map((unit) => unit.name) //=> ['相关区(园区)', '浦口区', '溧水区']
 * ```
 * @category Data
 */
export type UnitTier = (typeof unitTiers)[number];

/**
 * A responsible unit named in the `责任单位` lines.
 * @example
 * ```ts
 * import { plan, type Unit } from 'nanjing-innovation-plan';
 * const unit: Unit = plan.units[0];
 * unit //=> { id: 'science-technology-bureau', name: '市科技局', nameEn: 'Municipal Bureau of Science and Technology', … }
 * unit.fullName //=> '南京市科学技术局'
 * unit.kind //=> 'government-department'
 * ```
 * @category Data
 */
export interface Unit<TId extends string = string> {
  /** Stable kebab-case id, e.g. `science-technology-bureau`. */
  readonly id: TId;
  /** The name exactly as written in the plan, e.g. `市科技局`. */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
  /** The full official name, only where the abbreviation's expansion is standard and certain. */
  readonly fullName?: string;
  /** What kind of body the unit is. */
  readonly kind: UnitKind;
  /** Municipal or district-level, as the `责任单位` lines set it. */
  readonly tier: UnitTier;
  /** Where the name is first written. */
  readonly source: {
    /** Span of the name's first appearance. */
    readonly name: Span;
  };
}

/**
 * The relation a target's wording sets between the figure reached and its value.
 *
 * | comparator | wording | met when the figure is |
 * | --- | --- | --- |
 * | `reach` | `达`, `达到`, or a bare figure (`培育4个`) | ≥ value |
 * | `exceed` | `突破` | > value |
 * | `at-least` | `以上`, `至少`, a guaranteed floor (`基本盘`) | ≥ value |
 * | `about` | `左右` | near value |
 * | `range` | `2—3家` | between value and upperValue |
 * | `reduce-by` | `降低` | a reduction of ≥ value (percent) |
 * | `grow-by` | `增长`, `年均增长` | a growth of ≥ value (percent) |
 * | `rise` | `逐年提高` (no figure) | higher than the year before (`year-on-year`) |
 * | `rise` | `逐步提高` (no figure) | higher at the deadline than at the start (`by-deadline`) |
 * @example
 * ```ts
 * import { getTarget, type Comparator } from 'nanjing-innovation-plan';
 * const target = getTarget('new-rd-institutions');
 * target.statement //=> '建设40家左右高水平新型研发机构'
 * const comparator: Comparator = target.comparator;
 * comparator //=> 'about'
 * getTarget('industrial-enterprises-above-scale').comparator //=> 'exceed'
 * ```
 * @category Data
 */
export type Comparator = (typeof comparators)[number];

/**
 * When a target is judged.
 *
 * - `by-deadline`: a level or total to reach by the end of the period (`到2024年`)
 * - `each-year`: the value applies to every year of the period (`每年新增`, `每年至少`)
 * - `average-annual`: an average annual rate over the period (`年均增长`)
 * - `year-on-year`: each year higher than the one before (`逐年提高`)
 * @example
 * ```ts
 * import { getTarget, type Cadence } from 'nanjing-innovation-plan';
 * const target = getTarget('major-investment-projects');
 * target.statement //=> '每年至少引进1200个亿元以上招商项目'
 * const cadence: Cadence = target.cadence;
 * cadence //=> 'each-year'
 * getTarget('overseas-talent-growth').cadence //=> 'average-annual'
 * ```
 * @category Data
 */
export type Cadence = (typeof cadences)[number];

/**
 * What the target's figure measures.
 *
 * - `level`: the metric's value at a point in time (a count, a share, an amount)
 * - `increment`: how many are added (`新增`, `引进`), in a year or over the period as the cadence says
 * - `change`: a relative change of the metric, in percent (`降低20%`, `年均增长15%`)
 * @example
 * ```ts
 * import { getTarget, type MeasureKind } from 'nanjing-innovation-plan';
 * const measure: MeasureKind = getTarget('new-headquarters-enterprises').measure;
 * measure //=> 'increment'
 * getTarget('co2-intensity-reduction').statement //=> '单位地区生产总值二氧化碳排放降低20%'
 * getTarget('co2-intensity-reduction').measure //=> 'change'
 * getTarget('talent-pool').measure //=> 'level'
 * ```
 * @category Data
 */
export type MeasureKind = (typeof measureKinds)[number];

/**
 * The unit a target's value is normalized to.
 * @example
 * ```ts
 * import { getTarget, type BaseUnit } from 'nanjing-innovation-plan';
 * const target = getTarget('technology-contract-turnover');
 * [target.value, target.unit] //=> [940, '亿元']
 * const baseUnit: BaseUnit = target.baseUnit;
 * baseUnit //=> 'yuan'
 * target.baseValue //=> 94000000000
 * ```
 * @category Data
 */
export type BaseUnit = (typeof baseUnits)[number];

/**
 * The years a target applies to, inclusive.
 * @example
 * ```ts
 * import { getTarget, plan, type Period } from 'nanjing-innovation-plan';
 * const period: Period = plan.period;
 * period //=> { start: 2022, end: 2024 }
 * // “十四五”期间: the 14th Five-Year Plan's years
 * getTarget('major-investment-projects').period //=> { start: 2021, end: 2025 }
 * ```
 * @category Data
 */
export interface Period {
  /** The first year. */
  readonly start: number;
  /** The last year; a `by-deadline` target falls due in it. */
  readonly end: number;
}

/**
 * A place where the plan states a target: a goal area or a task, with the
 * words exactly as written there.
 * @example
 * ```ts
 * import { getTarget, type TargetMention } from 'nanjing-innovation-plan';
 * const [inGoals, inTask]: readonly TargetMention[] = getTarget('listed-companies').mentions;
 * inGoals //=> { kind: 'goal-area', goalArea: 'enterprises-flourish', words: '全市上市企业数量达180家', aspirational: false, … }
 * inTask //=> { kind: 'task', task: 6, words: '力争境内外上市企业数达180家', aspirational: true, … }
 * ```
 * @category Data
 */
export type TargetMention<TGoalAreaId extends string = string, TTaskNumber extends number = number> = (
  | {
      /** The target is stated in a goal area. */
      readonly kind: 'goal-area';
      /** The goal area's id. */
      readonly goalArea: TGoalAreaId;
    }
  | {
      /** The target is stated in a task. */
      readonly kind: 'task';
      /** The task's number. */
      readonly task: TTaskNumber;
    }
) & {
  /** The words that state the target at this place, exactly as written. */
  readonly words: string;
  /** Whether this statement is hedged with `力争` ("strive to"). */
  readonly aspirational: boolean;
  /** Where the words stand in the seed. */
  readonly source: {
    /** Span of the words. */
    readonly words: Span;
  };
};

/**
 * The fields every target has.
 * @example
 * ```ts
 * import { getTarget, type TargetBase } from 'nanjing-innovation-plan';
 * // the fields a target has whatever its kind
 * const target: TargetBase = getTarget('overseas-talent-growth');
 * target.statement //=> '引进海外人才数量年均增长15%'
 * target.metricEn //=> 'Overseas talent attracted (average annual growth)'
 * target.noteEn //=> 'The plan states no baseline year; the growth is averaged over the years reported.'
 * ```
 * @category Data
 */
export interface TargetBase<
  TId extends string = string,
  TGoalAreaId extends string = string,
  TTaskNumber extends number = number,
> {
  /** Stable kebab-case id, e.g. `high-tech-enterprises`. */
  readonly id: TId;
  /** The target as first stated (a goal area's words where it has them), exactly as written. */
  readonly statement: string;
  /**
   * What is measured, in English: the gloss of {@link QuantitativeTarget.metric}; for a qualitative
   * target, which has no `metric`, the gloss of the goal itself.
   */
  readonly metricEn: string;
  /** The years the target applies to. */
  readonly period: Period;
  /** Whether any statement of the target is hedged with `力争` ("strive to"). */
  readonly aspirational: boolean;
  /** Every place that states the target, goal areas first, in the order of the text. */
  readonly mentions: readonly TargetMention<TGoalAreaId, TTaskNumber>[];
  /**
   * A reader's note, in English, on what the wording leaves open (an unstated
   * baseline, words shared with another target). Not part of the plan's text.
   */
  readonly noteEn?: string;
}

/**
 * A target with a figure (or a measurable direction): a level, count,
 * share, amount, increment or rate to reach.
 * @example
 * ```ts
 * import { getTarget, type QuantitativeTarget } from 'nanjing-innovation-plan';
 * const target: QuantitativeTarget = getTarget('urban-industrial-parks-per-district');
 * target.statement //=> '各主城区重点打造1—2个都市工业园区'
 * target //=> { comparator: 'range', cadence: 'by-deadline', measure: 'level', value: 1, upperValue: 2, unit: '个', … }
 * target.per //=> { name: '各主城区', nameEn: 'each main urban district' }
 * ```
 * @category Data
 */
export interface QuantitativeTarget<
  TId extends string = string,
  TGoalAreaId extends string = string,
  TTaskNumber extends number = number,
> extends TargetBase<TId, TGoalAreaId, TTaskNumber> {
  /** Marks a target with a figure or a measurable direction. */
  readonly kind: 'quantitative';
  /** What is measured, in Chinese, as written (e.g. `高新技术企业总数`). */
  readonly metric: string;
  /** The relation the wording sets between the figure reached and the value. */
  readonly comparator: Comparator;
  /** When the target is judged. */
  readonly cadence: Cadence;
  /** Whether the figure is a level, an increment or a relative change. */
  readonly measure: MeasureKind;
  /** The figure as written (the lower bound of a range); `null` for `rise`. */
  readonly value: number | null;
  /** The upper bound of a range (`2—3家` → 3). */
  readonly upperValue?: number;
  /** The unit as written (`万家`, `%`, `亿元`, `人年`); `null` where no figure is written. */
  readonly unit: string | null;
  /** The figure normalized to {@link QuantitativeTarget.baseUnit} (`1.2万家` → 12000). */
  readonly baseValue: number | null;
  /** The upper bound normalized, for ranges. */
  readonly baseUpperValue?: number;
  /** The unit of {@link QuantitativeTarget.baseValue}. */
  readonly baseUnit: BaseUnit;
  /**
   * Where the figure applies to each of several places rather than to the
   * city as a whole (`各主城区` = each main urban district).
   */
  readonly per?: {
    /** The places as the plan names them (`各主城区`). */
    readonly name: string;
    /** English gloss of the name. */
    readonly nameEn: string;
  };
}

/**
 * A goal stated without a figure (e.g. `南京高新区进入世界一流科技园区行列`).
 * Kept with its words; it has no value and cannot be evaluated by figures.
 * It has no `metric` (the plan names none) nor any other field of a figure;
 * `isQuantitative(target)` tells the two kinds apart and narrows.
 * @example
 * ```ts
 * import { getTarget, type QualitativeTarget } from 'nanjing-innovation-plan';
 * const goal: QualitativeTarget = getTarget('ip-powerhouse-city');
 * goal.statement //=> '率先建成知识产权强市'
 * goal.kind //=> 'qualitative'
 * 'value' in goal //=> false
 * ```
 * @category Data
 */
export interface QualitativeTarget<
  TId extends string = string,
  TGoalAreaId extends string = string,
  TTaskNumber extends number = number,
> extends TargetBase<TId, TGoalAreaId, TTaskNumber> {
  /** Marks a target without a figure. */
  readonly kind: 'qualitative';
}

/**
 * A target of the plan: quantitative or qualitative.
 * @example
 * ```ts
 * import { getTarget, type Target } from 'nanjing-innovation-plan';
 * const figure = (target: Target) => (target.kind === 'quantitative' ? target.baseValue : null);
 * figure(getTarget('talent-pool')) //=> 4000000
 * figure(getTarget('world-class-high-tech-zone')) //=> null
 * ```
 * @category Data
 */
export type Target<
  TId extends string = string,
  TGoalAreaId extends string = string,
  TTaskNumber extends number = number,
> = QuantitativeTarget<TId, TGoalAreaId, TTaskNumber> | QualitativeTarget<TId, TGoalAreaId, TTaskNumber>;

/**
 * The header of the web page the plan was captured from, as captured.
 * @example
 * ```ts
 * import { plan, type PageHeader } from 'nanjing-innovation-plan';
 * const header: PageHeader = plan.header;
 * header //=> { title: '南京市创新驱动、产业转型示范三年行动计划(2022—2024年)', issuer: '中共南京市委办公厅', postedAt: '2022/2/14 15:07:29', … }
 * header.source.postedAt //=> { line: 3, start: 50, end: 68 }
 * ```
 * @category Data
 */
export interface PageHeader {
  /** The page's title line. */
  readonly title: string;
  /** The `来源` (source) field: the issuing body. */
  readonly issuer: string;
  /** The posting time as written (`2022/2/14 15:07:29`, China time). */
  readonly postedAt: string;
  /** The page counter as captured. */
  readonly pageCounter: string;
  /** Where each header field stands in the seed. */
  readonly source: {
    /** Span of the title. */
    readonly title: Span;
    /** Span of the issuer. */
    readonly issuer: Span;
    /** Span of the posting time. */
    readonly postedAt: Span;
    /** Span of the page counter. */
    readonly pageCounter: Span;
  };
}

/**
 * A whole plan: metadata, every paragraph, and the registries of units and
 * targets.
 * @example
 * ```ts
 * import { plan, type Plan } from 'nanjing-innovation-plan';
 * const doc: Plan = plan;
 * [doc.issued, doc.posted] //=> ['2022-01-03', '2022-02-14T15:07:29+08:00']
 * doc.issuerEn //=> 'General Office of the CPC Nanjing Municipal Committee'
 * doc.tasks.length //=> 32
 * ```
 * @category Data
 */
export interface Plan {
  /** Stable id of the document. */
  readonly id: string;
  /** The plan's title as written. */
  readonly title: string;
  /** English gloss of the title. */
  readonly titleEn: string;
  /** The issuing body, as written in the imprint. */
  readonly issuer: string;
  /** English name of the issuing body. */
  readonly issuerEn: string;
  /** Date of issue (ISO 8601), from the imprint. */
  readonly issued: string;
  /** The page's posting time (ISO 8601 with offset). */
  readonly posted: string;
  /** The years the plan covers. */
  readonly period: Period;
  /** BCP 47 tag of the authoritative text. */
  readonly language: string;
  /** The file the data was read from and the lines that hold the plan. */
  readonly seed: {
    /** The seed file's path in the repository. */
    readonly file: string;
    /** The lines of the seed that hold the page header and the plan. */
    readonly lines: Period;
  };
  /** The captured web page's header. */
  readonly header: PageHeader;
  /** The paragraph before part one. */
  readonly preamble: Passage;
  /** The three parts: 一、总体要求, 二、重点任务, 三、措施保障. */
  readonly parts: readonly Heading[];
  /** The sections of part one: (一)指导思想, (二)基本原则, (三)主要目标. */
  readonly sections: readonly Heading[];
  /** The guiding ideology (指导思想). */
  readonly guidingIdeology: Passage;
  /** The four basic principles (基本原则). */
  readonly principles: readonly Principle[];
  /** The paragraph that opens the main goals. */
  readonly goalsOverview: Passage;
  /** The five goal areas of the main goals (主要目标). */
  readonly goalAreas: readonly GoalArea[];
  /** The six groups of key tasks (重点任务). */
  readonly taskGroups: readonly TaskGroup[];
  /** The 32 key tasks. */
  readonly tasks: readonly Task[];
  /** The three safeguard measures (措施保障). */
  readonly measures: readonly Measure[];
  /** The imprint line (`…印发`). */
  readonly imprint: Passage;
  /** Every responsible unit, in order of first appearance. */
  readonly units: readonly Unit[];
  /** Every target, goal-area targets first, in the order stated. */
  readonly targets: readonly Target[];
}
