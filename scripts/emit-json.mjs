// Writes dist/plan.json from the built data, so JSON users get exactly what
// the TypeScript users get (a test proves the two deep-equal).
import { writeFileSync } from 'node:fs';
import { plan } from '../dist/index.js';

writeFileSync(new URL('../dist/plan.json', import.meta.url), `${JSON.stringify(plan, null, 2)}\n`);
