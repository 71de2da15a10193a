import type { plan } from './plan.js';

/**
 * The type of {@link plan}: every record with its literal values.
 * @category Data
 */
export type NanjingPlan = typeof plan;

/**
 * A task of this plan, with its literal values.
 * @category Data
 */
export type PlanTask = NanjingPlan['tasks'][number];

/**
 * A responsible unit of this plan, with its literal values.
 * @category Data
 */
export type PlanUnit = NanjingPlan['units'][number];

/**
 * A target of this plan, with its literal values.
 * @category Data
 */
export type PlanTarget = NanjingPlan['targets'][number];

/**
 * A basic principle of this plan, with its literal values.
 * @category Data
 */
export type PlanPrinciple = NanjingPlan['principles'][number];

/**
 * A goal area of this plan, with its literal values.
 * @category Data
 */
export type PlanGoalArea = NanjingPlan['goalAreas'][number];

/**
 * A task group of this plan, with its literal values.
 * @category Data
 */
export type PlanTaskGroup = NanjingPlan['taskGroups'][number];

/**
 * A safeguard measure of this plan, with its literal values.
 * @category Data
 */
export type PlanMeasure = NanjingPlan['measures'][number];

/**
 * The number of a task: `1 | 2 | … | 32`.
 * @category Data
 */
export type TaskNumber = PlanTask['number'];

/**
 * The id of a task: `'task-1' | … | 'task-32'`.
 * @category Data
 */
export type TaskId = PlanTask['id'];

/**
 * The id of a responsible unit, e.g. `'science-technology-bureau'`.
 * @category Data
 */
export type UnitId = PlanUnit['id'];

/**
 * The name of a responsible unit as the plan writes it, e.g. `'市科技局'`.
 * @category Data
 */
export type UnitName = PlanUnit['name'];

/**
 * The id of a target, e.g. `'high-tech-enterprises'`.
 * @category Data
 */
export type TargetId = PlanTarget['id'];

/**
 * The id of a basic principle, e.g. `'innovation-driven'`.
 * @category Data
 */
export type PrincipleId = PlanPrinciple['id'];

/**
 * The id of a goal area, e.g. `'enterprises-flourish'`.
 * @category Data
 */
export type GoalAreaId = PlanGoalArea['id'];

/**
 * The number of a task group: `1 | … | 6`.
 * @category Data
 */
export type TaskGroupNumber = PlanTaskGroup['number'];

/**
 * The id of a task group, e.g. `'enterprise-forest'`.
 * @category Data
 */
export type TaskGroupId = PlanTaskGroup['id'];

/**
 * The id of a safeguard measure, e.g. `'organizational-leadership'`.
 * @category Data
 */
export type MeasureId = PlanMeasure['id'];
