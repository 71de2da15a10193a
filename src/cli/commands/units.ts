import { plan, tasksByUnit } from '../../index.js';
import { table } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { CSV_OPTION, printCsv } from '../csv.js';

export const units: Command = {
  name: 'units',
  options: { csv: CSV_OPTION },
  positionals: { min: 0, max: 0 },
  async run({ options, json, lang, t }, io) {
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
    if (options.csv === true) {
      await printCsv(
        io,
        ['id', 'name', 'nameEn', 'fullName', 'kind', 'tier', 'tasks', 'primaryTasks'],
        rows.map(({ unit, tasks, primary }) => [
          unit.id,
          unit.name,
          unit.nameEn,
          'fullName' in unit ? unit.fullName : '',
          unit.kind,
          unit.tier,
          tasks.join(';'),
          primary.join(';'),
        ]),
      );
      return 0;
    }
    print(
      io,
      table(
        io,
        t.units.headers,
        rows.map(({ unit, tasks, primary }) => [
          lang === 'en' ? unit.nameEn : unit.name,
          lang === 'en' ? unit.id : unit.nameEn,
          t.values.tier[unit.tier],
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
