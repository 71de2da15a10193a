import { renderPlanText } from '../../index.js';
import { type Command, printJson } from '../command.js';
import { loadEnglish, NOTICE_LINE } from '../english.js';

export const render: Command = {
  name: 'render',
  summary: 'Print the plan as plain text, identical to the source (or in English, line for line)',
  usage: '',
  positionals: { min: 0, max: 0 },
  async run({ json, lang }, io) {
    if (lang === 'en') {
      const { english, renderPlanTextEn } = await loadEnglish();
      const text = renderPlanTextEn();
      if (json) printJson(io, { notice: english.notice, text });
      else io.stdout(`${NOTICE_LINE}\n\n${text}`);
      return 0;
    }
    const text = renderPlanText();
    if (json) printJson(io, { text });
    else io.stdout(text);
    return 0;
  },
};
