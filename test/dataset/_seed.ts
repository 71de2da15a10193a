import { readFileSync } from 'node:fs';

/** The project's copy of the plan, read the way the data's offsets count: as a JavaScript string. */
export const seedText = readFileSync(
  new URL('../../seeds/nanjing-innovation-plan-2022-2024.txt', import.meta.url),
  'utf8',
);

/** The seed's lines, 1-based: `seedLines[n - 1]` is line n. */
export const seedLines = seedText.split('\n');

/** The 1-based line on which a seed offset stands. */
export function lineOfOffset(offset: number): number {
  return seedText.slice(0, offset).split('\n').length;
}
