// Writes dist/plan.json, dist/en.json and dist/observations.json from the
// built data, so JSON users get exactly what the TypeScript users get (a test
// proves each pair deep-equal).
import { writeFileSync } from 'node:fs';
import { english } from '../dist/en.js';
import { plan } from '../dist/index.js';
import { leftOutFigures, observations, targetsWithoutFigures } from '../dist/observations.js';

writeFileSync(new URL('../dist/plan.json', import.meta.url), `${JSON.stringify(plan, null, 2)}\n`);
writeFileSync(new URL('../dist/en.json', import.meta.url), `${JSON.stringify(english, null, 2)}\n`);
writeFileSync(
  new URL('../dist/observations.json', import.meta.url),
  `${JSON.stringify({ observations, targetsWithoutFigures, leftOutFigures }, null, 2)}\n`,
);
