// The CLI's own words in English (`--lang en`): labels, enumerated values,
// help and errors. Every string the CLI writes itself is here or in zh.ts;
// the data it shows (names, titles, the plan's text) comes from the plan.
//
// Arguments already shown (`showInput`) come in as `input`; lists come joined.

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export const en = {
  lang: 'en',
  /** How lists of names are joined. */
  listSeparator: '; ',
  program: {
    usage: 'usage:',
    summary:
      "Nanjing's 2022–2024 innovation action plan, 南京市创新驱动、产业转型示范三年行动计划(2022—2024年), in a terminal.",
    commands: 'Commands:',
    options: 'Options:',
    commandHelp: (program: string) => `Run '${program} <command> --help' for a command's options.`,
    commandPlaceholder: '[command] [options]',
    globalUsage: '[--json] [--lang zh|en]',
  },
  globalOptions: {
    json: 'print the answer as JSON',
    lang: 'names and titles in Chinese (default) or English',
    help: 'show help',
    version: 'show the version',
    csv: 'print the list as CSV (a header row, then one row a record)',
  },
  errors: {
    unknownCommand: (input: string, suggestion: string | undefined) =>
      `unknown command ${input}${suggestion === undefined ? '' : `; did you mean ${suggestion}?`}`,
    unknownOption: (input: string) => `unknown option ${input}`,
    missingValue: (option: string) => `option ${option} needs a value`,
    noValue: (option: string) => `option ${option} takes no value`,
    repeated: (option: string) => `--${option} given more than once`,
    argumentCount: (command: string, min: number, max: number, got: number) => {
      const expected =
        max === 0 ? 'no arguments' : min === max ? plural(min, 'argument') : `at least ${plural(min, 'argument')}`;
      return `${command} takes ${expected}, got ${got}`;
    },
    invalidLang: (input: string) => `invalid --lang ${input}; expected zh or en`,
    invalidChoice: (option: string, input: string, values: string, suggestion: string | undefined) =>
      `invalid --${option} ${input}; expected one of ${values}` +
      (suggestion === undefined ? '' : `; did you mean ${suggestion}?`),
    invalidYear: (input: string) => `invalid --year ${input}; expected a year such as 2023`,
    ambiguousUnit: (input: string, candidates: string, more: number) =>
      `unit ${input} is ambiguous; it could be ${candidates}${more > 0 ? ` and ${more} more` : ''}`,
    unknownUnit: (input: string, suggestions: string | undefined) =>
      `unknown unit ${input}${suggestions === undefined ? '' : `; did you mean ${suggestions}?`}`,
    unknownTask: (input: string, count: number) => `unknown task ${input}; tasks are numbered 1–${count}`,
    unknownGroup: (input: string, count: number, suggestions: string | undefined) =>
      `unknown task group ${input}; groups are numbered 1–${count}` +
      (suggestions === undefined ? '' : `; did you mean ${suggestions}?`),
    unknownTarget: (input: string, suggestions: string | undefined) =>
      `unknown target ${input}` +
      (suggestions === undefined ? "; run 'targets' for the list" : `; did you mean ${suggestions}?`),
    primaryNeedsUnit: '--primary needs --unit <unit>',
    unitOrGroup: 'give --unit or --group, not both',
    scopeName: '--scope takes a name',
    asOfDate: '--as-of takes a date',
    csvAndJson: 'give --csv or --json, not both',
    invalidKind: (input: string) => `invalid --kind ${input}; expected report, feed or plan`,
    searchNeedsTerm: 'search needs at least one term',
    invalidLimit: (input: string) => `invalid --limit ${input}; expected a positive integer`,
    queryTooLong: (limit: number) =>
      `search: the query is longer than ${limit} characters; search for fewer or shorter terms`,
    tooManyTerms: (count: number, limit: number) =>
      `search: the query has ${count} distinct terms; at most ${limit} are allowed`,
    fileTooLarge: (file: string) => `cannot read ${file}: it is larger than 10 MiB, the limit for input files`,
    cannotRead: (file: string, code: string | undefined) => `cannot read ${file}${code ? ` (${code})` : ''}`,
    notJson: (file: string, reason: string) => `${file}: not valid JSON: ${reason}`,
    cannotWrite: (code: string | undefined) => `cannot write to standard output${code ? ` (${code})` : ''}`,
    unexpected: (message: string) => `unexpected error: ${message}`,
  },
  /** Enumerated values: the data's codes, shown in words. */
  values: {
    comparator: {
      reach: 'reach',
      exceed: 'exceed',
      'at-least': 'at least',
      about: 'about',
      range: 'range',
      'reduce-by': 'reduce by',
      'grow-by': 'grow by',
      rise: 'rise',
    },
    cadence: {
      'by-deadline': 'by-deadline',
      'each-year': 'each-year',
      'average-annual': 'average-annual',
      'year-on-year': 'year-on-year',
      qualitative: 'qualitative',
    },
    kind: { quantitative: 'quantitative', qualitative: 'qualitative' },
    measure: { level: 'level', increment: 'increment', change: 'change' },
    tier: { municipal: 'municipal', district: 'district' },
    unitKind: {
      'party-department': 'party department',
      'government-department': 'government department',
      court: 'court',
      district: 'district',
      park: 'park',
      'state-owned-enterprise': 'state-owned enterprise',
      'financial-regulator': 'financial regulator',
      association: 'association',
      collective: 'collective (several units)',
    },
    role: { lead: 'lead', co: 'co' },
    fileKind: { report: 'report', feed: 'feed', plan: 'plan' },
    hit: {
      task: 'task',
      'task-group': 'task group',
      'goal-area': 'goal area',
      principle: 'principle',
      measure: 'measure',
      target: 'target',
      unit: 'unit',
      heading: 'heading',
    },
    field: { title: 'title', text: 'text', name: 'name', intro: 'intro' } as Readonly<Record<string, string>>,
    yes: 'yes',
    no: 'no',
  },
  plan: {
    noFigure: '(no figure)',
    rising: 'rising',
    noUnit: '—',
    noUnitNote: '—: the plan names no unit for this target (it is stated only in a goal area)',
    noUnitSentence: 'the plan names no unit for this target (it is stated only in a goal area)',
    seedLine: (line: number) => `seed line ${line}`,
    line: (line: number) => `line ${line}`,
    notice: 'Unofficial English translation; the Chinese is authoritative.',
  },
  overview: {
    period: 'Period',
    issuer: 'Issuer',
    issued: 'Issued',
    contents: 'Contents',
    posted: (issued: string, posted: string) => `${issued} (posted ${posted})`,
    counts: (c: {
      principles: number;
      goalAreas: number;
      taskGroups: number;
      tasks: number;
      measures: number;
      units: number;
      targets: number;
      quantitativeTargets: number;
      qualitativeTargets: number;
    }) =>
      `${c.principles} principles, ${c.goalAreas} goal areas, ${c.taskGroups} task groups, ${c.tasks} tasks, ` +
      `${c.measures} measures, ${c.units} units, ${c.targets} targets ` +
      `(${c.quantitativeTargets} quantitative, ${c.qualitativeTargets} qualitative)`,
    taskGroups: 'Task groups',
    groupHeaders: ['#', 'Tasks', 'Title'],
    topUnits: 'Units with most tasks',
    unitHeaders: ['Unit', 'Tasks', 'Leads'],
    targets: 'Targets',
    targetHeaders: ['Target', 'Value', 'Cadence', 'Due'],
  },
  tasks: {
    headers: ['#', 'Group', 'Title', 'Units'],
    none: 'No tasks.',
  },
  task: {
    heading: (number: number, title: string) => `Task ${number}. ${title}`,
    group: 'Group',
    units: 'Units',
    source: 'Source',
    lead: ' (lead)',
    sourceLines: (text: number, units: number | null) => `seed line ${text} (text), line ${units} (responsible units)`,
    targets: 'Targets',
    targetHeaders: ['Id', 'Target', 'Value'],
  },
  units: {
    headers: ['Unit', 'Id', 'Tier', 'Tasks', 'Leads'],
  },
  unit: {
    id: 'Id',
    full: 'Full',
    kind: 'Kind',
    tasks: (count: number, leads: number) => `Tasks (${count}, leads ${leads})`,
    taskHeaders: ['#', 'Role', 'Title'],
    partners: 'Shares tasks with',
    partnerHeaders: ['Unit', 'Shared', 'Tasks'],
    targets: 'Targets of its tasks',
    targetHeaders: ['Target', 'Value', 'Via'],
  },
  targets: {
    headers: ['Target / id', 'Value', 'Cadence', 'Due', 'Units'],
    none: 'No targets.',
  },
  target: {
    id: 'Id',
    kind: 'Kind',
    metric: 'Metric',
    value: 'Value',
    cadence: 'Cadence',
    period: 'Period',
    due: (period: string, years: string) => `${period}; due ${years}`,
    valueDetail: (value: string, comparator: string, measure: string) => `${value} (${comparator}, ${measure})`,
    hedged: 'Hedged',
    hedgedYes: 'yes ("strive to", 力争)',
    units: 'Units',
    statedIn: 'Stated in',
    mentionHeaders: ['Where', 'Words', 'Line'],
    inTask: (number: number, title: string) => `task ${number} ${title}`,
    inGoalArea: (name: string) => `goal area ${name}`,
  },
  search: {
    noMatches: (query: string) => `no matches for ${query}`,
    hits: (count: number) => plural(count, 'hit'),
    inEnglish: 'In the English translation',
    sentences: (count: number) => plural(count, 'sentence'),
  },
  export: {
    missing: (file: string) =>
      `the package's tables are missing (${file} was not found beside the command); reinstall the package`,
    notFolder: (dir: string) => `cannot export to ${dir}: it exists and is not a folder`,
    cannotCreate: (dir: string, code: string) => `cannot create the folder ${dir} (${code})`,
    exists: (dir: string, files: string) =>
      `${dir} already holds ${files}; nothing was written (use --force to overwrite)`,
    cannotWrite: (file: string, code: string) => `cannot write ${file} (${code})`,
    written: (count: number, dir: string) => `wrote ${count} files to ${dir}:`,
  },
  validate: {
    valid: (kind: string) => `valid ${kind}`,
    issues: (count: number) => `${count} issue(s)`,
  },
  /** Each command's summary (one line in the list), usage, longer description and option texts. */
  commands: {
    overview: {
      summary: 'Title, period, issuer, counts, task groups, busiest units and the targets (the default)',
    },
    tasks: {
      summary: 'List the tasks, by unit or group',
      usage: '[--unit <unit>] [--group <n>] [--primary] [--csv]',
      description: 'The units of each task are listed in the order written; the first is the lead.',
      options: {
        unit: ['<unit>', 'only the tasks of this unit (name, id or English name)'],
        group: ['<n>', 'only the tasks of this task group (1–6 or its id)'],
        primary: ['', 'with --unit: only the tasks the unit leads first'],
      },
    },
    task: { summary: 'Show a task: full text, units, targets and source lines', usage: '<n>' },
    units: { summary: 'List the responsible units with their tasks', usage: '[--csv]' },
    unit: {
      summary: 'Show a unit: its tasks, co-responsible units and the targets of its tasks',
      usage: '<unit>',
      description:
        'The unit may be given by its name as written (市科技局), full name, English name, words of it, or id.',
    },
    targets: {
      summary: 'List the targets with their responsible units, by year due, cadence, comparator or kind',
      usage: '[--year <y>] [--cadence <c>] [--comparator <c>] [--kind <k>] [--csv]',
      description:
        'A target is due in the last year of its period (by-deadline and qualitative targets), or in every ' +
        'year of it (each-year, average-annual, year-on-year). Its units are those named on the tasks that ' +
        'state it, the lead first; a target stated only in a goal area has no unit named in the plan (—).',
      options: {
        year: ['<y>', 'only the targets due in this year'],
        cadence: ['<c>', ''],
        comparator: ['<c>', ''],
        kind: ['<k>', ''],
      },
    },
    target: {
      summary: 'Show a target: figure, cadence, period, responsible units, and every place that states it',
      usage: '<id>',
    },
    principles: { summary: 'Show the four basic principles with their text' },
    goals: { summary: 'Show the five goal areas with their text' },
    measures: { summary: 'Show the three safeguard measures with their text' },
    search: {
      summary: 'Find where the plan says something (every term must match)',
      usage: '<terms…> [--scope <s>]… [--limit <n>]',
      description:
        'Chinese is matched as substrings, English glosses in any case. The arguments are read as one query: ' +
        `terms are separated by spaces, and a phrase in double quotes ('"digital economy"') is one term. ` +
        'A query in Latin letters also searches the unofficial English translation, sentence by sentence, and ' +
        'shows the Chinese sentence each renders (with --json: only with --lang en, as { hits, english, notice }). ' +
        'Like grep, exits 1 when nothing matches (the message goes to standard error).',
      options: {
        scope: ['<s>', 'only in these parts (comma-separated, or repeated):'],
        limit: ['<n>', 'at most n hits'],
      },
    },
    render: { summary: 'Print the plan as plain text, identical to the source (or in English, line for line)' },
    validate: {
      summary: 'Check a progress report (JSON or CSV), a task-status feed or a plan file against the plan',
      usage: '<file> [--kind report|feed|plan]',
      description:
        'Exit 0 when the file is valid, 1 with the list of issues when it is not, 2 on a usage error ' +
        '(a file that cannot be read, a CSV file that cannot be parsed). ' +
        'The kind is read from the shape unless given. A file ending in .csv, or not starting with { or [, ' +
        'is read as a CSV progress report (see njplan template --csv); its issues name the row and column.',
      options: { kind: ['<report|feed|plan>', 'what the file holds (default: by its shape)'] },
    },
    evaluate: {
      summary: "Judge a progress report (JSON or CSV): where each of the plan's targets stands",
      usage: '<file> [--as-of <yyyy-mm-dd>] [--scope <name>] [--strict]',
      description:
        'Statuses: met, on track, behind, not met, no data, not evaluable, and contribution for a scope. ' +
        'A report whose entries all name one scope (a district) is evaluated as that scope, unless --scope ' +
        'names another. Invalid entries are left out and listed, unless --strict. ' +
        'Exit 0 with the evaluation, 1 when the report is invalid, 2 on a usage error.',
      options: {
        'as-of': ['<yyyy-mm-dd>', "judge as of this date (default: the report's asOf)"],
        scope: ['<name>', "evaluate one scope's figures (default: by the report)"],
        strict: ['', 'fail on any invalid entry instead of leaving it out'],
      },
    },
    scorecard: {
      summary: 'Judge the plan against published figures, with their sources (unofficial)',
      usage: '[--as-of <yyyy-mm-dd>] [--unit <unit>] [--group <n>]',
      description:
        'The figures are published figures quoted from public pages and re-read against them, not official ' +
        'statistics. Statuses: met, on track, behind, not met, no data, not evaluable.',
      options: {
        'as-of': ['<yyyy-mm-dd>', "judge as of this date (default: today's date)"],
        unit: ['<unit>', "only the targets of this unit's tasks, as lead and as co-responsible"],
        group: ['<n>', "only the targets of this task group's tasks (1–6 or its id)"],
      },
    },
    export: {
      summary: 'Write the data as CSV tables with a Frictionless Data Package descriptor (datapackage.json)',
      usage: '<dir> [--force]',
      description:
        'Writes <dir>/datapackage.json and <dir>/csv/<table>.csv (UTF-8, header row), creating <dir> if needed. ' +
        'Refuses to overwrite existing files unless --force is given. Exit 0 when written, 2 when nothing could be.',
      options: { force: ['', 'overwrite files that already exist'] },
    },
    template: {
      summary: 'Print a blank progress report to fill in: one row per target (JSON, or CSV with --csv)',
      usage: '[--scope <name>] [--csv]',
      description:
        'Fill in reporter and asOf (YYYY-MM-DD), and year and value on the rows reported; rows left without a ' +
        'value are skipped by validate and evaluate, and the metric column only says what each target counts. ' +
        'With --scope every row is for that district or park.',
      options: {
        scope: ['<name>', 'the district or park the report is for'],
        csv: ['', 'CSV with a header row instead of JSON'],
      },
    },
  } as Readonly<Record<string, CommandText>>,
};

/** A command's texts: usage after its name, summary, description, and per option `[placeholder, description]`. */
export interface CommandText {
  readonly summary: string;
  readonly usage?: string;
  readonly description?: string;
  readonly options?: Readonly<Record<string, readonly [string, string]>>;
}

/** The CLI's words in one language. */
export type Messages = typeof en;
