import { type PlanTask, plan, tasksByGroup, tasksByUnit, unitsByTask } from '../../index.js';
import { table } from '../_lib/layout.js';
import { CliError, type Command, print, printJson } from '../command.js';
import { CSV_OPTION, printCsv } from '../csv.js';
import { resolveGroup, resolveUnitArg, taskTitle, unitName } from '../plan.js';

export const tasks: Command = {
  name: 'tasks',
  options: {
    unit: { type: 'string' },
    group: { type: 'string' },
    primary: { type: 'boolean' },
    csv: CSV_OPTION,
  },
  positionals: { min: 0, max: 0 },
  async run({ options, json, lang, t }, io) {
    if (options.primary === true && options.unit === undefined)
      throw new CliError((words) => words.errors.primaryNeedsUnit, true);
    let selected: readonly PlanTask[] = plan.tasks;
    if (typeof options.unit === 'string') {
      selected = tasksByUnit(resolveUnitArg(options.unit).id, { primary: options.primary === true });
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
    if (options.csv === true) {
      await printCsv(
        io,
        ['number', 'group', 'title', 'titleEn', 'units', 'unitIds'],
        selected.map((task) => {
          const units = unitsByTask(task.number);
          return [
            task.number,
            task.group,
            task.title,
            task.titleEn,
            units.map((unit) => unit.name).join('、'),
            units.map((unit) => unit.id).join(';'),
          ];
        }),
      );
      return 0;
    }
    if (selected.length === 0) {
      print(io, [t.tasks.none]);
      return 0;
    }
    print(
      io,
      table(
        io,
        t.tasks.headers,
        selected.map((task) => [
          String(task.number),
          String(task.group),
          taskTitle(task, lang),
          unitsByTask(task.number)
            .map((unit) => unitName(unit, lang))
            .join(t.listSeparator),
        ]),
        { flex: [2, 3], align: ['right', 'right'], lists: [3] },
      ),
    );
    return 0;
  },
};
