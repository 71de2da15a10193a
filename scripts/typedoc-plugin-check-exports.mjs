// A typedoc plugin that holds every export to the project's documentation
// rules (see STYLE): each export has exactly one `@category` from the fixed
// list, and each exported function or value has an `@example`; each function
// signature documents what it returns. Breaches are warnings, which
// `treatWarningsAsErrors` turns into a failed build.
import { Converter, ReflectionKind } from 'typedoc';

export const categories = ['Data', 'Queries', 'Schemas', 'Progress', 'Rendering'];

function blockTags(reflection) {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment)];
  if (reflection.type?.type === 'reflection') {
    comments.push(reflection.type.declaration.comment, ...(reflection.type.declaration.signatures ?? []).map((s) => s.comment));
  }
  return comments.flatMap((comment) => comment?.blockTags ?? []);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
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
      const found = tags.filter((tag) => tag.tag === '@category').map((tag) => tag.content.map((part) => part.text).join('').trim());
      if (found.length !== 1 || !categories.includes(found[0])) {
        app.logger.warn(
          `${name} needs exactly one @category, one of ${categories.join(', ')}; found ${found.length === 0 ? 'none' : found.join(', ')}`,
        );
      }
      if (reflection.kindOf(ReflectionKind.Function | ReflectionKind.Variable | ReflectionKind.Class)) {
        if (!tags.some((tag) => tag.tag === '@example')) app.logger.warn(`${name} needs an @example`);
      }
      for (const signature of reflection.kindOf(ReflectionKind.Function) ? (reflection.signatures ?? []) : []) {
        if (!signature.comment?.blockTags.some((tag) => tag.tag === '@returns')) {
          app.logger.warn(`${name} needs @returns`);
        }
      }
    }
  });
}
