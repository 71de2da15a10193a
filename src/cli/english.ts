// The English bodies, loaded only when `--lang en` asks for them: the `en`
// subpath is imported lazily, as the schema subpath is, so that Chinese
// output does not load the translation. The notice every English body is
// shown with is in the locales (`plan.notice`).

/** Loads the `en` subpath. */
export async function loadEnglish() {
  return await import('../en.js');
}
