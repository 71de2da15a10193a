// Prints an overview of the plan from the built package.
import { plan } from '../dist/index.js';

const unitName = new Map(plan.units.map((unit) => [unit.id, unit.name]));
const counts = new Map();
for (const task of plan.tasks) for (const id of task.leadUnits) counts.set(id, (counts.get(id) ?? 0) + 1);

console.log(`${plan.title}\n${plan.titleEn}`);
console.log(`${plan.issuer} · issued ${plan.issued} · period ${plan.period.start}–${plan.period.end}`);
console.log(
  `${plan.principles.length} principles · ${plan.goalAreas.length} goal areas · ${plan.taskGroups.length} task groups · ${plan.tasks.length} tasks · ${plan.measures.length} measures · ${plan.units.length} units · ${plan.targets.length} targets\n`,
);
for (const group of plan.taskGroups) console.log(`(${group.number}) tasks ${group.tasks[0]}–${group.tasks.at(-1)}  ${group.titleEn}`);
console.log('\nUnits with most tasks:');
for (const [id, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`  ${count}  ${unitName.get(id)}`);
console.log('\nTargets:');
for (const target of plan.targets) {
  const figure = target.kind === 'qualitative' ? '(qualitative)' : `${target.comparator} ${target.value ?? ''}${target.unit ?? ''}`;
  console.log(`  ${target.id.padEnd(50)} ${figure.padEnd(22)} ${target.period.end}`);
}
