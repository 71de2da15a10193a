// Writes the JSON Schemas (draft 2020-12) of the plan, the progress report and
// the task-status feed, generated from the zod schemas, so that programs in
// other languages can validate the same data.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { PlanSchema, ProgressReportSchema, TaskStatusFeedSchema } from '../dist/schema.js';

const schemas = {
  plan: PlanSchema,
  'progress-report': ProgressReportSchema,
  'task-status-feed': TaskStatusFeedSchema,
};

const directory = new URL('../dist/schemas/', import.meta.url);
mkdirSync(directory, { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  writeFileSync(new URL(`${name}.schema.json`, directory), `${JSON.stringify(json, null, 2)}\n`);
}
