import { SEARCH_BOUNDS, type SearchHit, search as searchPlan, searchScopes } from '../../index.js';
import { paragraph, styles } from '../_lib/layout.js';
import { stringWidth, wrap } from '../_lib/stringWidth.js';
import { CliError, type Command, print, printJson } from '../command.js';
import { loadEnglish } from '../english.js';
import type { Messages } from '../messages.js';
import { oneOf } from '../plan.js';
import { showInput } from '../show.js';

function describeHit(hit: SearchHit, lang: 'zh' | 'en', t: Messages): string {
  const kind = hit.kind === 'passage' ? '' : t.values.hit[hit.kind];
  switch (hit.kind) {
    case 'task':
    case 'task-group':
    case 'measure':
      return `${kind} ${hit.record.number} ${lang === 'en' ? hit.record.titleEn : hit.record.title}`;
    case 'goal-area':
    case 'principle':
      return `${kind} ${lang === 'en' ? hit.record.nameEn : hit.record.name}`;
    case 'target':
      return `${kind} ${hit.record.id}`;
    case 'unit':
      return `${kind} ${lang === 'en' ? hit.record.nameEn : hit.record.name} (${hit.record.id})`;
    case 'heading':
      return `${kind} ${lang === 'en' ? hit.record.titleEn : hit.record.title}`;
    case 'passage':
      return hit.passage;
  }
}

export const search: Command = {
  name: 'search',
  options: {
    scope: { type: 'string', multiple: true, description: searchScopes.join(', ') },
    limit: { type: 'string' },
  },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  async run({ positionals, options, json, lang, t }, io) {
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
    if (query.replace(/["“”]/g, '').trim() === '') throw new CliError((words) => words.errors.searchNeedsTerm, true);
    let limit: number | undefined;
    if (typeof options.limit === 'string') {
      if (!/^[1-9]\d*$/.test(options.limit))
        throw new CliError((words) => words.errors.invalidLimit(showInput(options.limit as string)), true);
      limit = Number(options.limit);
    }
    let hits: readonly SearchHit[];
    try {
      hits = searchPlan(query, { ...(scope ? { scope } : {}), ...(limit ? { limit } : {}) });
    } catch (cause) {
      // Past the bounds of search (query length, distinct terms): say which, without the query.
      if (cause instanceof RangeError)
        throw new CliError((words) =>
          /distinct terms/.test(cause.message)
            ? words.errors.tooManyTerms(Number(/(\d+) distinct/.exec(cause.message)?.[1]), SEARCH_BOUNDS.terms)
            : /longer than/.test(cause.message)
              ? words.errors.queryTooLong(SEARCH_BOUNDS.queryLength)
              : cause.message,
        );
      throw cause;
    }
    // A query in Latin letters searches the translation too, unless a scope narrows the search to the plan's records.
    const inEnglish = scope === undefined && /[A-Za-z]/.test(query) && (!json || lang === 'en');
    const { english, searchEn } = inEnglish ? await loadEnglish() : { english: undefined, searchEn: undefined };
    const sentences = searchEn ? searchEn(query, limit ? { limit } : {}) : [];
    const found = hits.length > 0 || sentences.length > 0;
    if (json) {
      printJson(io, english ? { hits, english: sentences, notice: english.notice } : hits);
      return found ? 0 : 1;
    }
    const { bold, dim, yellow } = styles(io);
    if (!found) {
      // As grep does: nothing on standard output, a message on standard error, exit 1.
      io.stderr(`${io.program ?? 'njplan'}: ${t.search.noMatches(showInput(query))}\n`);
      return 1;
    }
    const terms = [...new Set(hits.flatMap((hit) => hit.matches.map((match) => match.term)))];
    const out: string[] = [];
    for (const hit of hits) {
      const line = hit.matches.find((match) => match.seed !== null)?.seed?.line;
      const heading = wrap(describeHit(hit, lang, t), io.columns).map(bold);
      if (line !== undefined) {
        const where = t.plan.line(line);
        const last = heading.length - 1;
        if (stringWidth(heading[last]!) + 2 + stringWidth(where) <= io.columns) heading[last] += dim(`  ${where}`);
        else heading.push(dim(where));
      }
      out.push(...heading);
      const highlighted = paragraph(io, hit.snippet, '  ').map((text) =>
        terms.reduce((acc, term) => acc.split(term).join(yellow(term)), text),
      );
      out.push(...highlighted);
    }
    out.push(dim(t.search.hits(hits.length)));
    if (sentences.length > 0) {
      out.push('', bold(t.search.inEnglish), dim(t.plan.notice));
      for (const { sentence } of sentences) {
        const { section, id, field } = sentence.record;
        const fieldName = t.values.field[field] ?? field;
        out.push(bold(`${sentence.id} ${id ?? section} ${fieldName}`) + dim(`  ${t.plan.line(sentence.source.line)}`));
        out.push(...paragraph(io, sentence.en, '  '), ...paragraph(io, sentence.zh, '  ', dim));
      }
      out.push(dim(t.search.sentences(sentences.length)));
    }
    print(io, out);
    return 0;
  },
};
