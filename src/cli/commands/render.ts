import { renderPlanText } from '../../index.js';
import { type Command, printJson } from '../command.js';

export const render: Command = {
  name: 'render',
  summary: 'Print the plan as plain text, identical to the source',
  usage: '',
  positionals: { min: 0, max: 0 },
  run({ json }, io) {
    const text = renderPlanText();
    if (json) printJson(io, { text });
    else io.stdout(text);
    return 0;
  },
};
