import { type SearchHit, search as searchPlan, searchScopes } from '../../index.js';
import { paragraph, styles } from '../_lib/layout.js';
import { stringWidth, wrap } from '../_lib/stringWidth.js';
import { CliError, type Command, print, printJson } from '../command.js';
import { loadEnglish, NOTICE_LINE } from '../english.js';
import { oneOf } from '../plan.js';
import { showInput } from '../show.js';

function describeHit(hit: SearchHit, lang: 'zh' | 'en'): string {
  switch (hit.kind) {
    case 'task':
      return `task ${hit.record.number} ${lang === 'en' ? hit.record.titleEn : hit.record.title}`;
    case 'task-group':
      return `task group ${hit.record.number} ${lang === 'en' ? hit.record.titleEn : hit.record.title}`;
    case 'goal-area':
      return `goal area ${lang === 'en' ? hit.record.nameEn : hit.record.name}`;
    case 'principle':
      return `principle ${lang === 'en' ? hit.record.nameEn : hit.record.name}`;
    case 'measure':
      return `measure ${hit.record.number} ${lang === 'en' ? hit.record.titleEn : hit.record.title}`;
    case 'target':
      return `target ${hit.record.id}`;
    case 'unit':
      return `unit ${lang === 'en' ? hit.record.nameEn : hit.record.name} (${hit.record.id})`;
    case 'heading':
      return `heading ${lang === 'en' ? hit.record.titleEn : hit.record.title}`;
    case 'passage':
      return hit.passage;
  }
}

export const search: Command = {
  name: 'search',
  summary: 'Find where the plan says something (every term must match)',
  usage: '<terms…> [--scope <s>]… [--limit <n>]',
  description:
    'Chinese is matched as substrings, English glosses in any case. The arguments are read as one query: ' +
    `terms are separated by spaces, and a phrase in double quotes ('"digital economy"') is one term. ` +
    'A query in Latin letters also searches the unofficial English translation, sentence by sentence, and shows ' +
    'the Chinese sentence each renders (with --json: only with --lang en, as { hits, english, notice }).',
  options: {
    scope: {
      type: 'string',
      multiple: true,
      value: '<s>',
      description: `only in: ${searchScopes.join(', ')} (comma-separated, or repeated)`,
    },
    limit: { type: 'string', value: '<n>', description: 'at most n hits' },
  },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  async run({ positionals, options, json, lang }, io) {
    const scopeOption = options.scope;
    const scope =
      scopeOption === undefined || typeof scopeOption === 'boolean'
        ? undefined
        : [
            ...new Set(
              (typeof scopeOption === 'string' ? [scopeOption] : scopeOption)
                .flatMap((item) => item.split(','))
                .map((item) => oneOf('scope', item.trim(), searchScopes)),
            ),
          ];
    // The arguments are one query, split into terms as the API splits a string, so that a quoted phrase works alike.
    const query = positionals.join(' ');
    if (query.replace(/["“”]/g, '').trim() === '') throw new CliError('search needs at least one term', true);
    let limit: number | undefined;
    if (typeof options.limit === 'string') {
      if (!/^[1-9]\d*$/.test(options.limit))
        throw new CliError(`invalid --limit ${showInput(options.limit)}; expected a positive integer`, true);
      limit = Number(options.limit);
    }
    let hits: readonly SearchHit[];
    try {
      hits = searchPlan(query, { ...(scope ? { scope } : {}), ...(limit ? { limit } : {}) });
    } catch (cause) {
      // Past the bounds of search (query length, distinct terms): its message says which, without the query.
      if (cause instanceof RangeError) throw new CliError(cause.message);
      throw cause;
    }
    // A query in Latin letters searches the translation too, unless a scope narrows the search to the plan's records.
    const inEnglish = scope === undefined && /[A-Za-z]/.test(query) && (!json || lang === 'en');
    const { english, searchEn } = inEnglish ? await loadEnglish() : { english: undefined, searchEn: undefined };
    const sentences = searchEn ? searchEn(query, limit ? { limit } : {}) : [];
    if (json) {
      printJson(io, english ? { hits, english: sentences, notice: english.notice } : hits);
      return 0;
    }
    const { bold, dim, yellow } = styles(io);
    if (hits.length === 0 && sentences.length === 0) {
      print(io, paragraph(io, `No matches for ${showInput(query)}.`));
      return 0;
    }
    const terms = [...new Set(hits.flatMap((hit) => hit.matches.map((match) => match.term)))];
    const out: string[] = [];
    for (const hit of hits) {
      const line = hit.matches.find((match) => match.seed !== null)?.seed?.line;
      const heading = wrap(describeHit(hit, lang), io.columns).map(bold);
      if (line !== undefined) {
        const where = `line ${line}`;
        const last = heading.length - 1;
        if (stringWidth(heading[last]!) + 2 + where.length <= io.columns) heading[last] += dim(`  ${where}`);
        else heading.push(dim(where));
      }
      out.push(...heading);
      const highlighted = paragraph(io, hit.snippet, '  ').map((text) =>
        terms.reduce((acc, term) => acc.split(term).join(yellow(term)), text),
      );
      out.push(...highlighted);
    }
    out.push(dim(`${hits.length} ${hits.length === 1 ? 'hit' : 'hits'}`));
    if (sentences.length > 0) {
      out.push('', bold('In the English translation'), dim(NOTICE_LINE));
      for (const { sentence } of sentences) {
        const { section, id, field } = sentence.record;
        out.push(bold(`${sentence.id} ${id ?? section} ${field}`) + dim(`  line ${sentence.source.line}`));
        out.push(...paragraph(io, sentence.en, '  '), ...paragraph(io, sentence.zh, '  ', dim));
      }
      out.push(dim(`${sentences.length} ${sentences.length === 1 ? 'sentence' : 'sentences'}`));
    }
    print(io, out);
    return 0;
  },
};
