import { search as searchPlan, type SearchHit, type SearchScope } from '../../index.js';
import { CliError, paragraph, print, printJson, styles, type Command } from '../command.js';
import { oneOf } from '../plan.js';

const SCOPES: readonly SearchScope[] = ['tasks', 'goals', 'principles', 'measures', 'targets', 'units', 'general'];

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
  usage: '<terms…> [--scope <s>] [--limit <n>]',
  description: 'Chinese is matched as substrings, English glosses in any case; quote a phrase to keep its words together.',
  options: {
    scope: { type: 'string', value: '<s>', description: `only in: ${SCOPES.join(', ')} (comma-separated)` },
    limit: { type: 'string', value: '<n>', description: 'at most n hits' },
  },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  run({ positionals, options, json, lang }, io) {
    const scope = typeof options.scope === 'string' ? options.scope.split(',').map((item) => oneOf('scope', item.trim(), SCOPES)) : undefined;
    let limit: number | undefined;
    if (typeof options.limit === 'string') {
      if (!/^[1-9]\d*$/.test(options.limit)) throw new CliError(`invalid --limit ${JSON.stringify(options.limit)}; expected a positive integer`, true);
      limit = Number(options.limit);
    }
    const hits = searchPlan(positionals, { ...(scope ? { scope } : {}), ...(limit ? { limit } : {}) });
    if (json) {
      printJson(io, hits);
      return 0;
    }
    const { bold, dim, yellow } = styles(io);
    if (hits.length === 0) {
      print(io, [`No matches for ${positionals.map((term) => JSON.stringify(term)).join(' ')}.`]);
      return 0;
    }
    const terms = positionals.filter((term) => term.trim() !== '');
    const out: string[] = [];
    for (const hit of hits) {
      const line = hit.matches.find((match) => match.seed !== null)?.seed?.line;
      out.push(`${bold(describeHit(hit, lang))}${line === undefined ? '' : dim(`  line ${line}`)}`);
      const highlighted = paragraph(io, hit.snippet, '  ').map((text) =>
        terms.reduce((acc, term) => acc.split(term).join(yellow(term)), text),
      );
      out.push(...highlighted);
    }
    out.push(dim(`${hits.length} ${hits.length === 1 ? 'hit' : 'hits'}`));
    print(io, out);
    return 0;
  },
};
