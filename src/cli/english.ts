// The English bodies, loaded only when `--lang en` asks for them: the `en`
// subpath is imported lazily, as the schema subpath is, so that Chinese
// output does not load the translation.

/** The one line every English body the CLI shows is marked with. */
export const NOTICE_LINE = 'Unofficial English translation; the Chinese is authoritative.';

/** Loads the `en` subpath. */
export async function loadEnglish() {
  return await import('../en.js');
}
