// Writes dist/plan.json and dist/en.json from the built data, so JSON users
// get exactly what the TypeScript users get (a test proves the two deep-equal).
import { writeFileSync } from 'node:fs';
import { english } from '../dist/en.js';
import { plan } from '../dist/index.js';

writeFileSync(new URL('../dist/plan.json', import.meta.url), `${JSON.stringify(plan, null, 2)}\n`);
writeFileSync(new URL('../dist/en.json', import.meta.url), `${JSON.stringify(english, null, 2)}\n`);
