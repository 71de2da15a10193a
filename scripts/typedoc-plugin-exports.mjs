// A typedoc plugin for this package's API reference:
// - names each entry point's module by the id users import it with
//   (`nanjing-innovation-plan/schema`), read from package.json's exports map;
// - holds every export to the project's documentation rules: exactly one
//   `@category` from the fixed list, an `@example` on every exported
//   declaration (functions, values and classes, and type aliases and
//   interfaces too), and `@returns` on each function signature. Breaches are
//   warnings, which `treatWarningsAsErrors` turns into a failed build.
import { join } from 'node:path';
import { Converter, ReflectionKind } from 'typedoc';
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

/** @param {import('typedoc').Application} app */
export function load(app) {
  const specifiers = new Map(
    listEntries(packageRoot)
      .filter((entry) => entry.kind === 'js')
      .map((entry) => [join(packageRoot, sourceOf(packageRoot, entry)), entry.specifier]),
  );
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const specifier = specifiers.get(module.sources?.[0]?.fullFileName ?? '');
      if (specifier !== undefined) module.name = specifier;
    }
  });
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    const exported = Object.values(project.reflections).filter(
      (reflection) =>
        reflection.parent !== undefined &&
        (reflection.parent === project || reflection.parent.kindOf(ReflectionKind.Module)) &&
        !reflection.kindOf(ReflectionKind.SomeModule) &&
        !reflection.kindOf(ReflectionKind.Reference),
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
}
