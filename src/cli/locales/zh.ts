// The CLI's own words in Chinese (the default): labels, enumerated values,
// help and errors. The wording follows the plan's own where it has one
// (责任单位, 牵头, 到2024年, 年均, 逐年, 力争).
import type { CommandText, Messages } from './en.js';

export const zh: Messages = {
  lang: 'zh',
  listSeparator: '、',
  program: {
    usage: '用法:',
    summary: '在终端中查阅《南京市创新驱动、产业转型示范三年行动计划(2022—2024年)》。',
    commands: '命令:',
    options: '选项:',
    commandHelp: (program: string) => `运行 '${program} <命令> --help' 查看各命令的选项。`,
    commandPlaceholder: '[命令] [选项]',
    globalUsage: '[--json] [--lang zh|en]',
  },
  globalOptions: {
    json: '以 JSON 输出结果',
    lang: '中文(默认)或英文(en)显示名称和标题',
    help: '显示帮助',
    version: '显示版本号',
    csv: '以 CSV 输出列表(首行为列名,每条记录一行)',
  },
  errors: {
    unknownCommand: (input, suggestion) =>
      `未知命令 ${input}${suggestion === undefined ? '' : `;是否要用 ${suggestion}?`}`,
    unknownOption: (input) => `未知选项 ${input}`,
    missingValue: (option) => `选项 ${option} 需要一个值`,
    noValue: (option) => `选项 ${option} 不接受值`,
    repeated: (option) => `--${option} 重复给出`,
    argumentCount: (command, min, max, got) => {
      const expected = max === 0 ? '不接受参数' : min === max ? `需要 ${min} 个参数` : `至少需要 ${min} 个参数`;
      return `${command} ${expected},收到 ${got} 个`;
    },
    invalidLang: (input) => `--lang ${input} 无效;应为 zh 或 en`,
    invalidChoice: (option, input, values, suggestion) =>
      `--${option} ${input} 无效;应为以下之一:${values}${suggestion === undefined ? '' : `;是否要用 ${suggestion}?`}`,
    invalidYear: (input) => `--year ${input} 无效;应为年份,例如 2023`,
    ambiguousUnit: (input, candidates, more) =>
      `单位 ${input} 有歧义;可能是 ${candidates}${more > 0 ? ` 等(另有 ${more} 个)` : ''}`,
    unknownUnit: (input, suggestions) =>
      `未知单位 ${input}${suggestions === undefined ? '' : `;是否要找 ${suggestions}?`}`,
    unknownTask: (input, count) => `未知任务 ${input};任务编号为 1–${count}`,
    unknownGroup: (input, count, suggestions) =>
      `未知任务组 ${input};任务组编号为 1–${count}${suggestions === undefined ? '' : `;是否要找 ${suggestions}?`}`,
    unknownTarget: (input, suggestions) =>
      `未知目标 ${input}${suggestions === undefined ? ";运行 'targets' 查看全部目标" : `;是否要找 ${suggestions}?`}`,
    primaryNeedsUnit: '--primary 须与 --unit <单位> 同用',
    unitOrGroup: '--unit 与 --group 只能给出其一',
    scopeName: '--scope 需要一个名称',
    asOfDate: '--as-of 需要一个日期',
    csvAndJson: '--csv 与 --json 只能给出其一',
    invalidKind: (input) => `--kind ${input} 无效;应为 report(进度报告)、feed(任务状态表)或 plan(规划)`,
    searchNeedsTerm: 'search 至少需要一个检索词',
    invalidLimit: (input) => `--limit ${input} 无效;应为正整数`,
    queryTooLong: (limit) => `检索内容超过 ${limit} 个字符;请减少或缩短检索词`,
    tooManyTerms: (count, limit) => `检索词有 ${count} 个(重复的只算一个),最多 ${limit} 个`,
    fileTooLarge: (file) => `无法读取 ${file}:文件大于输入文件的上限 10 MiB`,
    cannotRead: (file, code) => `无法读取 ${file}${code ? `(${code})` : ''}`,
    notJson: (file, reason) => `${file}:不是有效的 JSON:${reason}`,
    cannotWrite: (code) => `无法写入标准输出${code ? `(${code})` : ''}`,
    unexpected: (message) => `意外错误:${message}`,
  },
  values: {
    comparator: {
      reach: '达到',
      exceed: '突破',
      'at-least': '以上',
      about: '左右',
      range: '区间',
      'reduce-by': '降低',
      'grow-by': '增长',
      rise: '提高',
    },
    cadence: {
      'by-deadline': '截止年达成',
      'each-year': '每年',
      'average-annual': '年均',
      'year-on-year': '逐年',
      qualitative: '定性',
    },
    kind: { quantitative: '定量', qualitative: '定性' },
    measure: { level: '总量', increment: '新增', change: '增减幅度' },
    tier: { municipal: '市级', district: '区级' },
    unitKind: {
      'party-department': '党委部门',
      'government-department': '政府部门',
      court: '法院',
      district: '区',
      park: '园区',
      'state-owned-enterprise': '国有企业',
      'financial-regulator': '金融监管机构',
      association: '社会团体',
      collective: '统称(多个单位)',
    },
    role: { lead: '牵头', co: '配合' },
    fileKind: { report: '进度报告', feed: '任务状态表', plan: '规划' },
    hit: {
      task: '任务',
      'task-group': '任务组',
      'goal-area': '目标领域',
      principle: '基本原则',
      measure: '保障措施',
      target: '目标',
      unit: '单位',
      heading: '标题',
    },
    field: { title: '标题', text: '正文', name: '名称', intro: '导语' },
    yes: '是',
    no: '否',
  },
  plan: {
    noFigure: '(定性)',
    rising: '提高',
    noUnit: '—',
    noUnitNote: '—:规划未指定责任单位(该目标仅见于主要目标,无具体任务)',
    noUnitSentence: '规划未指定责任单位(该目标仅见于主要目标,无具体任务)',
    seedLine: (line) => `原文第 ${line} 行`,
    line: (line) => `第 ${line} 行`,
    notice: '非官方英文译文,以中文原文为准。',
  },
  overview: {
    period: '期限',
    issuer: '印发单位',
    issued: '印发日期',
    contents: '内容',
    posted: (issued, posted) => `${issued}(发布于 ${posted})`,
    counts: (c) =>
      `基本原则 ${c.principles} 条、目标领域 ${c.goalAreas} 个、任务组 ${c.taskGroups} 个、任务 ${c.tasks} 项、` +
      `保障措施 ${c.measures} 条、责任单位 ${c.units} 个、目标 ${c.targets} 个` +
      `(定量 ${c.quantitativeTargets} 个,定性 ${c.qualitativeTargets} 个)`,
    taskGroups: '任务组',
    groupHeaders: ['序号', '任务', '标题'],
    topUnits: '任务最多的单位',
    unitHeaders: ['单位', '任务数', '牵头数'],
    targets: '目标',
    targetHeaders: ['目标', '数值', '考核方式', '到期年份'],
  },
  tasks: {
    headers: ['序号', '任务组', '标题', '责任单位'],
    none: '没有符合条件的任务。',
  },
  task: {
    heading: (number, title) => `任务 ${number}. ${title}`,
    group: '任务组',
    units: '责任单位',
    source: '出处',
    lead: '(牵头)',
    sourceLines: (text, units) => `原文第 ${text} 行(正文),第 ${units} 行(责任单位)`,
    targets: '目标',
    targetHeaders: ['标识', '目标', '数值'],
  },
  units: {
    headers: ['单位', '英文名称', '层级', '任务数', '牵头数'],
  },
  unit: {
    id: '标识',
    full: '全称',
    kind: '类别',
    tasks: (count, leads) => `任务(${count} 项,牵头 ${leads} 项)`,
    taskHeaders: ['序号', '角色', '标题'],
    partners: '共同承担任务的单位',
    partnerHeaders: ['单位', '共同任务数', '任务'],
    targets: '所负责任务的目标',
    targetHeaders: ['目标', '数值', '所在任务'],
  },
  targets: {
    headers: ['目标 / 标识', '数值', '考核方式', '到期年份', '责任单位'],
    none: '没有符合条件的目标。',
  },
  target: {
    id: '标识',
    kind: '类型',
    metric: '指标',
    value: '数值',
    cadence: '考核方式',
    period: '期限',
    due: (period, years) => `${period};到期年份 ${years}`,
    valueDetail: (value, comparator, measure) => `${value}(${comparator},${measure})`,
    hedged: '力争',
    hedgedYes: '是(力争目标)',
    units: '责任单位',
    statedIn: '出处',
    mentionHeaders: ['位置', '原文', '行'],
    inTask: (number, title) => `任务 ${number} ${title}`,
    inGoalArea: (name) => `目标领域 ${name}`,
  },
  search: {
    noMatches: (query) => `没有找到 ${query}`,
    hits: (count) => `共 ${count} 处`,
    inEnglish: '英文译文中',
    sentences: (count) => `共 ${count} 句`,
  },
  export: {
    missing: (file: string) => `缺少本包的数据表(命令旁找不到 ${file});请重新安装本包`,
    notFolder: (dir: string) => `无法导出到 ${dir}:它已存在且不是文件夹`,
    cannotCreate: (dir: string, code: string) => `无法创建文件夹 ${dir}(${code})`,
    exists: (dir: string, files: string) => `${dir} 中已有 ${files};未写入任何文件(加 --force 覆盖)`,
    cannotWrite: (file: string, code: string) => `无法写入 ${file}(${code})`,
    written: (count: number, dir: string) => `已写入 ${count} 个文件到 ${dir}:`,
  },
  validate: {
    valid: (kind) => `有效(${kind})`,
    issues: (count) => `共 ${count} 个问题`,
  },
  commands: {
    overview: { summary: '标题、期限、印发单位、数量、任务组、任务最多的单位和目标(默认命令)' },
    tasks: {
      summary: '列出任务,可按单位或任务组筛选',
      usage: '[--unit <单位>] [--group <n>] [--primary] [--csv]',
      description: '每项任务的责任单位按原文顺序列出,第一个为牵头单位。',
      options: {
        unit: ['<单位>', '只列该单位的任务(名称、标识或英文名称)'],
        group: ['<n>', '只列该任务组的任务(1–6 或其标识)'],
        primary: ['', '与 --unit 同用:只列该单位牵头的任务'],
      },
    },
    task: { summary: '显示一项任务:全文、责任单位、目标和原文行号', usage: '<n>' },
    units: { summary: '列出责任单位及其任务', usage: '[--csv]' },
    unit: {
      summary: '显示一个单位:其任务、共同承担任务的单位和所负责任务的目标',
      usage: '<单位>',
      description: '单位可用原文名称(市科技局)、全称、英文名称或其中的词、或标识给出。',
    },
    targets: {
      summary: '列出目标及其责任单位,可按到期年份、考核方式、比较方式或类型筛选',
      usage: '[--year <年>] [--cadence <c>] [--comparator <c>] [--kind <k>] [--csv]',
      description:
        '截止年达成的目标和定性目标在期限的最后一年到期;每年、年均、逐年的目标在期限内每年到期。' +
        '责任单位为提出该目标的任务的责任单位,牵头单位在前;仅见于主要目标的目标,规划未指定责任单位(—)。',
      options: {
        year: ['<年>', '只列该年到期的目标'],
        cadence: ['<c>', ''],
        comparator: ['<c>', ''],
        kind: ['<k>', ''],
      },
    },
    target: { summary: '显示一个目标:数值、考核方式、期限、责任单位及其在原文中的每处出处', usage: '<标识>' },
    principles: { summary: '显示四条基本原则及其原文' },
    goals: { summary: '显示五个目标领域及其原文' },
    measures: { summary: '显示三条保障措施及其原文' },
    search: {
      summary: '检索规划原文(须匹配全部检索词)',
      usage: '<检索词…> [--scope <s>]… [--limit <n>]',
      description:
        '中文按子串匹配,英文名称不区分大小写。全部参数作为一个查询:检索词以空格分隔,' +
        `双引号内的短语('"digital economy"')为一个检索词。含拉丁字母的查询同时逐句检索非官方英文译文,` +
        '并显示对应的中文句子(--json 时仅在 --lang en 下输出,格式为 { hits, english, notice })。' +
        '与 grep 一样,没有匹配时退出码为 1(提示写到标准错误)。',
      options: {
        scope: ['<s>', '只在这些部分中检索(以逗号分隔,或重复给出):'],
        limit: ['<n>', '最多 n 条结果'],
      },
    },
    render: { summary: '以纯文本输出规划全文,与原文一致(或逐行输出英文译文)' },
    validate: {
      summary: '对照规划检查进度报告(JSON 或 CSV)、任务状态表或规划文件',
      usage: '<文件> [--kind report|feed|plan]',
      description:
        '文件有效时退出码为 0,无效时为 1 并列出问题,用法错误(文件无法读取、CSV 无法解析)为 2。' +
        '未给出 --kind 时按文件结构判断。以 .csv 结尾或不以 { 或 [ 开头的文件按 CSV 进度报告读取' +
        '(见 njplan template --csv),问题会注明行和列。',
      options: { kind: ['<report|feed|plan>', '文件内容的种类(默认按结构判断)'] },
    },
    evaluate: {
      summary: '评估进度报告(JSON 或 CSV):规划的每个目标进展如何',
      usage: '<文件> [--as-of <年-月-日>] [--scope <范围>] [--strict]',
      description:
        '状态:已达成、进度正常、进度落后、未达成、无数据、无法评估;按范围评估时另有“贡献”。' +
        '报告中所有条目均为同一范围(某区)时按该范围评估,除非 --scope 另行指定。' +
        '无效条目不计入并列出,除非给出 --strict。' +
        '输出评估时退出码为 0,报告无效时为 1,用法错误为 2。',
      options: {
        'as-of': ['<年-月-日>', '按该日期评估(默认为报告的 asOf)'],
        scope: ['<范围>', '只评估该范围(区、园区)的数据(默认按报告判断)'],
        strict: ['', '有任何无效条目即判报告无效,而不是不计入该条目'],
      },
    },
    scorecard: {
      summary: '依据公开发布的数据评估规划,并注明出处(非官方)',
      usage: '[--as-of <年-月-日>] [--unit <单位>] [--group <n>]',
      description:
        '数据为公开网页所载并经复核的数字,不是官方统计。状态:已达成、进度正常、进度落后、未达成、无数据、无法评估。',
      options: {
        'as-of': ['<年-月-日>', '按该日期评估(默认为今天)'],
        unit: ['<单位>', '只看该单位所负责任务(牵头或配合)的目标'],
        group: ['<n>', '只看该任务组各任务的目标(1–6 或其标识)'],
      },
    },
    export: {
      summary: '将数据写成 CSV 数据表及其 Frictionless 数据包描述文件(datapackage.json)',
      usage: '<文件夹> [--force]',
      description:
        '写入 <文件夹>/datapackage.json 和 <文件夹>/csv/<表名>.csv(UTF-8,含表头行),文件夹不存在时自动创建。' +
        '除非给出 --force,不覆盖已有文件。写入成功退出码为 0,无法写入时为 2。',
      options: { force: ['', '覆盖已有文件'] },
    },
    template: {
      summary: '输出一份待填写的空白进度报告:每个定量目标一行(JSON,或加 --csv 输出 CSV)',
      usage: '[--scope <范围>] [--csv]',
      description:
        '填写 reporter 和 asOf(年-月-日),并在所报告的行填写 year 和 value;未填数值的行由 validate 和 evaluate ' +
        '跳过,metric 列只说明各目标统计的内容。给出 --scope 时每行都属于该区或园区。',
      options: {
        scope: ['<范围>', '报告所属的区或园区'],
        csv: ['', '输出带表头行的 CSV,而不是 JSON'],
      },
    },
  } as Readonly<Record<string, CommandText>>,
};
