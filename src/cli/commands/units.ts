import { plan, tasksByUnit } from '../../index.js';
import { table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';

export const units: Command = {
  name: 'units',
  summary: 'List the responsible units with their tasks',
  usage: '',
  positionals: { min: 0, max: 0 },
  run({ json, lang }, io) {
    const rows = plan.units.map((unit) => ({
      unit,
      tasks: tasksByUnit(unit.id).map((task) => task.number),
      primary: tasksByUnit(unit.id, { primary: true }).map((task) => task.number),
    }));
    if (json) {
      printJson(
        io,
        rows.map(({ unit, tasks, primary }) => ({ ...unit, tasks, primaryTasks: primary })),
      );
      return 0;
    }
    print(
      io,
      table(
        io,
        lang === 'en' ? ['Unit', 'Id', 'Tier', 'Tasks', 'Leads'] : ['Unit', 'English', 'Tier', 'Tasks', 'Leads'],
        rows.map(({ unit, tasks, primary }) => [
          lang === 'en' ? unit.nameEn : unit.name,
          lang === 'en' ? unit.id : unit.nameEn,
          unit.tier,
          String(tasks.length),
          String(primary.length),
        ]),
        // The names are prose and wrap; the ids never do.
        { flex: lang === 'en' ? 0 : [0, 1], align: ['left', 'left', 'left', 'right', 'right'] },
      ),
    );
    return 0;
  },
};
