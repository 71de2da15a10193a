import { plan } from '../../index.js';
import { paragraph, styles } from '../_lib/layout.js';
import { type Command, print, printJson } from '../command.js';
import { loadEnglish } from '../english.js';

type Section = 'principles' | 'goalAreas' | 'measures';

interface Body {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly titleEn: string;
  readonly text: string;
  readonly line: number;
}

const records: Readonly<Record<Section, () => readonly Body[]>> = {
  principles: () =>
    plan.principles.map((item) => ({ ...item, title: item.name, titleEn: item.nameEn, line: item.source.text.line })),
  goalAreas: () =>
    plan.goalAreas.map((item) => ({ ...item, title: item.name, titleEn: item.nameEn, line: item.source.text.line })),
  measures: () => plan.measures.map((item) => ({ ...item, line: item.source.text.line })),
};

/** A command that shows every record of one part of the plan with its text, in Chinese or in English. */
function bodies(name: string, section: Section): Command {
  return {
    name,
    positionals: { min: 0, max: 0 },
    async run({ json, lang, t }, io) {
      const list = records[section]();
      const english = lang === 'en' ? (await loadEnglish()).english : undefined;
      const englishOf = (id: string) => {
        const list = english?.[section] as
          | Readonly<Record<string, { readonly text: { readonly en: string } }>>
          | undefined;
        const fields = list?.[id];
        return fields?.text.en ?? '';
      };
      if (json) {
        printJson(
          io,
          list.map(({ id, number, title, titleEn, text, line }) => ({
            id,
            number,
            title,
            titleEn,
            text,
            ...(english ? { textEn: englishOf(id), notice: english.notice } : {}),
            line,
          })),
        );
        return 0;
      }
      const { bold, dim } = styles(io);
      const out: string[] = [];
      if (english) out.push(dim(t.plan.notice), '');
      for (const item of list) {
        out.push(...paragraph(io, `${item.number}. ${english ? item.titleEn : item.title}`, '', bold));
        out.push(...paragraph(io, english ? englishOf(item.id) : item.text));
        out.push(dim(t.plan.seedLine(item.line)), '');
      }
      print(io, out.slice(0, -1));
      return 0;
    },
  };
}

export const principles: Command = bodies('principles', 'principles');
export const goals: Command = bodies('goals', 'goalAreas');
export const measures: Command = bodies('measures', 'measures');
