import { deepFreeze } from '../_lib/deepFreeze.js';
import type { WrittenUnit } from '../model/quantities.js';
import { type QuantitativeTargetId, reportingRules } from './reportingRules.js';

/**
 * One blank row of a template: a target, the unit to write its figure in, and the
 * target's Chinese metric name to tell the reporter what to count; `year` and `value` are left for the
 * reporter (`null`).
 */
interface ProgressReportTemplateEntry {
  readonly target: QuantitativeTargetId;
  /** The target's metric as the plan words it (`高新技术企业总数`): for the reporter, not part of a report. */
  readonly metric: string;
  readonly year: null;
  readonly value: null;
  /** The unit the plan states the target in where a reporter may write it (`万家`, `%`), else the first one accepted. */
  readonly unit: WrittenUnit;
  /** The scope the template is for; also on a city-wide template's targets for each main urban district (`''`). */
  readonly scope?: string;
}

/**
 * A blank progress report (see {@link progressReportTemplate}): one row per quantitative target.
 * @example
 * ```ts
 * import { progressReportTemplate, type ProgressReportTemplate } from 'nanjing-innovation-plan/schema';
 * const template: ProgressReportTemplate = progressReportTemplate();
 * template.entries[0] //=> { target: 'high-tech-enterprises', metric: '高新技术企业总数', year: null, value: null, unit: '万家' }
 * ```
 * @category Progress
 */
export interface ProgressReportTemplate {
  readonly reporter: '';
  readonly asOf: '';
  /**
   * One row per target: `target`, `metric` (what to count), `unit`, `year` and `value` (`null`, for the
   * reporter), and `scope` where the report is for one (`''` to fill in on a city-wide template's targets for
   * each main urban district).
   */
  readonly entries: readonly (Readonly<Record<'target' | 'metric' | 'unit', string>> & {
    readonly year: null;
    readonly value: null;
    readonly scope?: string;
  })[];
}

/**
 * A blank progress report for a reporter to fill in, city-wide or for one scope: one row per quantitative
 * target (35), in the plan's order, in the unit the plan states it in. Filled in (`reporter`, `asOf`, each
 * reported row's `year` and `value`; blank rows and `metric` dropped), it is a report
 * {@link validateProgressReport} accepts; the CLI drops blank rows and `metric` itself.
 *
 * @param options - `scope`: the district or park the report is for (trimmed and full-width folded); left
 * out, a city-wide template, whose targets for each main urban district carry an empty `scope` to fill in.
 * @returns The template, frozen.
 * @example
 * ```ts
 * const template = progressReportTemplate({ scope: '江宁区' });
 * [template.entries.length, template.entries[0]?.unit, template.entries[0]?.scope] //=> [35, '万家', '江宁区']
 * ```
 * @category Progress
 */
export function progressReportTemplate(options?: { readonly scope?: string } | null): ProgressReportTemplate {
  const scope = typeof options?.scope === 'string' ? options.scope.normalize('NFKC').trim() : undefined;
  const entries = [...reportingRules.values()].map((rule): ProgressReportTemplateEntry => {
    const planUnit = rule.target.unit as string | null;
    const unit = (
      planUnit !== null && (rule.units as readonly string[]).includes(planUnit) ? planUnit : rule.units[0]
    ) as WrittenUnit;
    const base = { target: rule.target.id, metric: rule.target.metric, year: null, value: null, unit };
    if (scope !== undefined) return { ...base, scope };
    return rule.scopeRequired ? { ...base, scope: '' } : base;
  });
  return deepFreeze({ reporter: '' as const, asOf: '' as const, entries });
}
