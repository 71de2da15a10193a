import { renderPlanText } from '../../index.js';
import { type Command, printJson } from '../command.js';
import { loadEnglish } from '../english.js';

export const render: Command = {
  name: 'render',
  positionals: { min: 0, max: 0 },
  async run({ json, lang, t }, io) {
    if (lang === 'en') {
      const { english, renderPlanTextEn } = await loadEnglish();
      const text = renderPlanTextEn();
      if (json) printJson(io, { notice: english.notice, text });
      else io.stdout(`${t.plan.notice}\n\n${text}`);
      return 0;
    }
    const text = renderPlanText();
    if (json) printJson(io, { text });
    else io.stdout(text);
    return 0;
  },
};
