import type { Command } from './command.js';
import { goals, measures, principles } from './commands/bodies.js';
import { evaluate } from './commands/evaluate.js';
import { exportCommand } from './commands/export.js';
import { overview } from './commands/overview.js';
import { render } from './commands/render.js';
import { scorecard } from './commands/scorecard.js';
import { search } from './commands/search.js';
import { target } from './commands/target.js';
import { targets } from './commands/targets.js';
import { task } from './commands/task.js';
import { tasks } from './commands/tasks.js';
import { template } from './commands/template.js';
import { unit } from './commands/unit.js';
import { units } from './commands/units.js';
import { validate } from './commands/validate.js';

/** Every command, in the order `--help` lists them. Adding a command is adding its module here. */
export const commands: readonly Command[] = [
  overview,
  tasks,
  task,
  units,
  unit,
  targets,
  target,
  principles,
  goals,
  measures,
  search,
  render,
  template,
  validate,
  evaluate,
  scorecard,
  exportCommand,
];

/** The command run when none is named. */
export const defaultCommand: Command = overview;
