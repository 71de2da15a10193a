// Build-time HTML templates: every interpolated value is escaped unless it is
// already markup made by these functions (`raw` is for the site's own markup only).

/** Markup that is already safe to put in a page. */
export class SafeHtml {
  /** @param {string} value */
  constructor(value) {
    this.value = value;
  }
  toString() {
    return this.value;
  }
}

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. @param {unknown} value */
export function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[/** @type {keyof typeof ENTITIES} */ (c)]);
}

/** @param {unknown} value @returns {string} */
function render(value) {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/**
 * Tagged template: `html\`<p>${text}</p>\`` escapes `text`; arrays are joined; null, undefined and false
 * render nothing; SafeHtml values are inserted as they are.
 * @param {TemplateStringsArray} strings
 * @param {...unknown} values
 */
export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Marks the site's own markup (a chart the build rendered) as safe. @param {string} markup */
export function raw(markup) {
  return new SafeHtml(markup);
}

/** JSON for an inline script: `<` is escaped so no text can close the script element. @param {unknown} value */
export function scriptJson(value) {
  return raw(
    JSON.stringify(value)
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}
