// A typedoc plugin for this package's API reference:
// - names each entry point's module by the id users import it with
//   (`nanjing-innovation-plan/schema`), read from package.json's exports map;
// - holds every export to the project's documentation rules: exactly one
//   `@category` from the fixed list, an `@example` on every exported
//   declaration (functions, values and classes, and type aliases and
//   interfaces too), and `@returns` on each function signature. Breaches are
//   warnings, which `treatWarningsAsErrors` turns into a failed build;
// - prints the record lists of `NanjingPlan` by their record types
//   (`tasks: readonly PlanTask[]`) instead of the literal tuple of every
//   record, which made its page 1.4 MB; each record type has its own page;
//   and its other object-valued fields by the type `Plan` gives them
//   (`header: PageHeader`, `parts: readonly Heading[]`), with `Plan`'s
//   description of each, instead of their literal text and spans (84 kB);
// - prints the records of `EnglishPlan` keyed by id as a mapped type over the
//   id (`tasks: { readonly [id in TaskId]: { title: EnglishPassage; … } }`)
//   instead of one line per record (32 for the tasks), which made its page
//   133 kB;
// - leaves out the Settings panel (a theme menu: the pages follow the
//   reader's system theme without it), whose markup, repeated on each of the
//   ~250 pages, came to 0.14 MB.
import { join, resolve } from 'node:path';
import { ArrayType, Converter, MappedType, PageEvent, ReferenceType, ReflectionKind, TypeOperatorType } from 'typedoc';
import { listEntries, packageRoot, sourceOf } from './package-entries.mjs';

export const categories = ['Data', 'Queries', 'Schemas', 'Progress', 'Observations', 'Rendering', 'English'];

function blockTags(reflection) {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment)];
  if (reflection.type?.type === 'reflection') {
    comments.push(
      reflection.type.declaration.comment,
      ...(reflection.type.declaration.signatures ?? []).map((s) => s.comment),
    );
  }
  return comments.flatMap((comment) => comment?.blockTags ?? []);
}

// The record lists of `NanjingPlan` and the exported type of their records.
const recordTypes = {
  principles: 'PlanPrinciple',
  goalAreas: 'PlanGoalArea',
  taskGroups: 'PlanTaskGroup',
  tasks: 'PlanTask',
  measures: 'PlanMeasure',
  units: 'PlanUnit',
  targets: 'PlanTarget',
};

// The fields of `EnglishPlan` keyed by a record's id, and the exported type of the id.
const englishKeys = {
  principles: 'PrincipleId',
  goalAreas: 'GoalAreaId',
  taskGroups: 'TaskGroupId',
  tasks: 'TaskId',
  measures: 'MeasureId',
};

/** The exported declaration named `name` in any module (a re-export resolved to its declaration). */
function exportedDeclaration(project, name) {
  for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
    const found = module.getChildByName(name);
    if (found !== undefined) return found.kindOf(ReflectionKind.Reference) ? found.getTargetReflectionDeep() : found;
  }
  return undefined;
}

/** Whether a type spells out data: an object literal, or a (readonly) tuple. */
function isLiteralData(type) {
  if (type?.type === 'typeOperator') return isLiteralData(type.target);
  return type?.type === 'reflection' || type?.type === 'tuple';
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  const specifiers = new Map(
    listEntries(packageRoot)
      .filter((entry) => entry.kind === 'js')
      .map((entry) => [join(packageRoot, sourceOf(packageRoot, entry)), entry.specifier]),
  );
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      // `disableSources` leaves `module.sources` empty, so read the file from the module's symbol.
      const file =
        module.sources?.[0]?.fullFileName ??
        context.getSymbolFromReflection(module)?.declarations?.[0]?.getSourceFile().fileName;
      const specifier = specifiers.get(resolve(file ?? ''));
      if (specifier !== undefined) module.name = specifier;
    }
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const found = module.getChildByName('NanjingPlan');
      // re-exported under the same name, it may be a reference to the declaration
      const planType = found?.kindOf(ReflectionKind.Reference) ? found.getTargetReflectionDeep() : found;
      if (planType === undefined) continue;
      // typedoc lists an object type's properties on the alias itself, or on its type's declaration
      const holder = planType.type?.type === 'reflection' ? planType.type.declaration : planType;
      for (const [property, record] of Object.entries(recordTypes)) {
        const child = holder.getChildByName(property);
        const named = module.getChildByName(record);
        const target = named?.kindOf(ReflectionKind.Reference) ? named.getTargetReflectionDeep() : named;
        if (child === undefined || target === undefined) {
          app.logger.warn(`NanjingPlan.${property} or ${record} is missing; update recordTypes`);
          continue;
        }
        const reference = ReferenceType.createResolvedReference(record, target, context.project);
        child.type = new TypeOperatorType(new ArrayType(reference), 'readonly');
      }
      const named = module.getChildByName('Plan');
      const generic = named?.kindOf(ReflectionKind.Reference) ? named.getTargetReflectionDeep() : named;
      if (generic === undefined) {
        app.logger.warn('Plan is missing; NanjingPlan cannot print its fields by their types');
        continue;
      }
      for (const child of holder.children ?? []) {
        if (child.name in recordTypes || !isLiteralData(child.type)) continue;
        const field = generic.getChildByName(child.name);
        if (field?.type === undefined) {
          app.logger.warn(`NanjingPlan.${child.name} has no counterpart in Plan; add it there`);
          continue;
        }
        child.type = field.type;
        child.comment ??= field.comment?.clone();
      }
    }
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const english = exportedDeclaration(context.project, 'EnglishPlan');
    if (english === undefined) return;
    for (const [property, idName] of Object.entries(englishKeys)) {
      const child = english.getChildByName(property);
      const id = exportedDeclaration(context.project, idName);
      const records = child?.type?.type === 'reflection' ? (child.type.declaration.children ?? []) : [];
      const shape = (record) => JSON.stringify((record.type?.declaration?.children ?? []).map((field) => field.name));
      if (id === undefined || records.length === 0 || records.some((record) => shape(record) !== shape(records[0]))) {
        app.logger.warn(
          `EnglishPlan.${property} is not a map from ${idName} to records of one shape; update englishKeys`,
        );
        continue;
      }
      const key = ReferenceType.createResolvedReference(idName, id, context.project);
      child.type = new MappedType('id', key, records[0].type, '+');
    }
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    const exported = Object.values(project.reflections).filter(
      (reflection) =>
        reflection.parent !== undefined &&
        (reflection.parent === project || reflection.parent.kindOf(ReflectionKind.Module)) &&
        !reflection.kindOf(ReflectionKind.SomeModule) &&
        !reflection.kindOf(ReflectionKind.Reference) &&
        !reflection.kindOf(ReflectionKind.Document),
    );
    for (const reflection of exported) {
      const name = reflection.getFriendlyFullName();
      const tags = blockTags(reflection);
      const found = tags
        .filter((tag) => tag.tag === '@category')
        .map((tag) =>
          tag.content
            .map((part) => part.text)
            .join('')
            .trim(),
        );
      if (found.length !== 1 || !categories.includes(found[0])) {
        app.logger.warn(
          `${name} needs exactly one @category, one of ${categories.join(', ')}; ` +
            `found ${found.length === 0 ? 'none' : found.join(', ')}`,
        );
      }
      if (!tags.some((tag) => tag.tag === '@example')) app.logger.warn(`${name} needs an @example`);
      for (const signature of reflection.kindOf(ReflectionKind.Function) ? (reflection.signatures ?? []) : []) {
        if (!signature.comment?.blockTags.some((tag) => tag.tag === '@returns')) {
          app.logger.warn(`${name} needs @returns`);
        }
      }
    }
  });
  const settings = /<div class="tsd-navigation settings">.*?<\/details><\/div>\n?/s;
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const contents = page.contents.replace(settings, '');
    if (contents === page.contents) app.logger.warn(`the Settings panel was not found in ${page.url}`);
    page.contents = contents;
  });
}
