import { type PlanTask, plan, tasksByGroup, tasksByUnit, unitsByTask } from '../../index.js';
import { table } from '../_lib/layout.js';
import { CliError, type Command, print, printJson } from '../command.js';
import { resolveGroup, resolveUnit, taskTitle, unitName } from '../plan.js';

export const tasks: Command = {
  name: 'tasks',
  summary: 'List the tasks, by unit or group',
  usage: '[--unit <unit>] [--group <n>] [--primary]',
  description: 'The units of each task are listed in the order written; the first is the lead.',
  options: {
    unit: { type: 'string', value: '<unit>', description: 'only the tasks of this unit (name, id or English name)' },
    group: { type: 'string', value: '<n>', description: 'only the tasks of this task group (1–6 or its id)' },
    primary: { type: 'boolean', description: 'with --unit: only the tasks the unit leads first' },
  },
  positionals: { min: 0, max: 0 },
  run({ options, json, lang }, io) {
    if (options.primary === true && options.unit === undefined)
      throw new CliError('--primary needs --unit <unit>', true);
    let selected: readonly PlanTask[] = plan.tasks;
    if (typeof options.unit === 'string') {
      selected = tasksByUnit(resolveUnit(options.unit).id, { primary: options.primary === true });
    }
    if (typeof options.group === 'string') {
      const group = resolveGroup(options.group);
      const inGroup = new Set(tasksByGroup(group.number));
      selected = selected.filter((task) => inGroup.has(task));
    }
    if (json) {
      printJson(io, selected);
      return 0;
    }
    if (selected.length === 0) {
      print(io, ['No tasks.']);
      return 0;
    }
    print(
      io,
      table(
        io,
        ['#', 'Group', 'Title', 'Units'],
        selected.map((task) => [
          String(task.number),
          String(task.group),
          taskTitle(task, lang),
          unitsByTask(task.number)
            .map((unit) => unitName(unit, lang))
            .join(lang === 'en' ? '; ' : '、'),
        ]),
        { flex: [2, 3], align: ['right', 'right'] },
      ),
    );
    return 0;
  },
};
