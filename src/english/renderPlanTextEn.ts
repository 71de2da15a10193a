import { english } from '../data/english.js';

/**
 * Renders the plan in English with the layout of `renderPlanText()`: one
 * line for each line of the seed's lines 1–102 (the page header, every
 * heading and paragraph, each task and its responsible units, the imprint),
 * each line the English of its sentences joined with spaces. The English is
 * an unofficial translation; the Chinese text is authoritative.
 *
 * @returns The plan as plain English text, each line ending with a newline.
 * @example
 * ```ts
 * import { renderPlanTextEn } from 'nanjing-innovation-plan/en';
 * const lines = renderPlanTextEn().split('\n');
 * lines[0].startsWith('Nanjing Three-Year Action Plan for Setting an Example in Innovation-Driven') //=> true
 * lines[23].startsWith('1. Expand the ranks of high-tech enterprises. Implement') //=> true
 * lines.length //=> 103
 * ```
 * @category English
 */
export function renderPlanTextEn(): string {
  const lines: string[] = [];
  for (const sentence of english.sentences) {
    const index = sentence.source.line - 1;
    lines[index] = lines[index] === undefined ? sentence.en : `${lines[index]} ${sentence.en}`;
  }
  return `${lines.join('\n')}\n`;
}
