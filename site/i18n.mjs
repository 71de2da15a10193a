// The site's own words in Chinese and English (the plan's texts come from the package).

/** @typedef {'zh' | 'en'} Lang */

export const STATUS_ORDER = ['met', 'on-track', 'behind', 'not-met', 'no-data', 'not-evaluable'];

export const words = {
  zh: {
    htmlLang: 'zh-Hans',
    siteName: '南京创新驱动三年行动计划 · 计划浏览',
    skip: '跳到正文',
    nav: {
      index: '概览',
      goals: '目标',
      tasks: '任务',
      units: '责任单位',
      matrix: '责任矩阵',
      text: '全文',
      search: '搜索',
      api: 'API 参考',
    },
    navLabel: '主导航',
    otherLang: 'English',
    otherLangCode: 'en',
    otherLangLabel: '英文版(非官方译文)',
    searchLabel: '搜索计划',
    searchButton: '搜索',
    unofficial: '',
    status: {
      met: '已达成',
      'on-track': '进度正常',
      behind: '进度落后',
      'not-met': '未达成',
      'no-data': '无数据',
      'not-evaluable': '无法评估',
    },
    comparator: {
      reach: '达到',
      exceed: '超过',
      'at-least': '不少于',
      about: '左右(容差 10%)',
      range: '区间',
      'reduce-by': '降低',
      'grow-by': '年均增长',
      rise: '逐年/持续提高',
    },
    cadence: {
      'by-deadline': '截至期末',
      'each-year': '每年',
      'average-annual': '年均',
      'year-on-year': '逐年',
    },
    notComparable: {
      cumulative: '累计数(目标按年新增)',
      'part-year': '非全年数据',
      district: '区级数据',
      'different-definition': '统计口径不同',
      'different-measure': '计量内容不同',
      'range-only': '仅有区间',
      approximate: '近似数',
      'different-period': '时期不同',
      'partial-count': '仅列举部分',
    },
    footer: '数据来自 nanjing-innovation-plan 软件包;计划原文以官方发布为准。公开数据摘自新闻和政府网页,并非官方统计。',
  },
  en: {
    htmlLang: 'en',
    siteName: 'Nanjing innovation plan 2022–2024 · Plan explorer',
    skip: 'Skip to content',
    nav: {
      index: 'Overview',
      goals: 'Targets',
      tasks: 'Tasks',
      units: 'Units',
      matrix: 'Matrix',
      text: 'Full text',
      search: 'Search',
      api: 'API reference',
    },
    navLabel: 'Main',
    otherLang: '中文',
    otherLangCode: 'zh-Hans',
    otherLangLabel: 'Chinese version (authoritative)',
    searchLabel: 'Search the plan',
    searchButton: 'Search',
    unofficial: 'Unofficial English translation; the Chinese text is authoritative.',
    status: {
      met: 'met',
      'on-track': 'on track',
      behind: 'behind',
      'not-met': 'not met',
      'no-data': 'no data',
      'not-evaluable': 'not evaluable',
    },
    comparator: {
      reach: 'reach',
      exceed: 'exceed',
      'at-least': 'at least',
      about: 'about (10 % tolerance)',
      range: 'range',
      'reduce-by': 'reduce by',
      'grow-by': 'grow by (average annual)',
      rise: 'rise',
    },
    cadence: {
      'by-deadline': 'by the deadline',
      'each-year': 'each year',
      'average-annual': 'average annual',
      'year-on-year': 'year on year',
    },
    notComparable: {
      cumulative: 'cumulative (the target counts what is added each year)',
      'part-year': 'part of a year',
      district: 'a district',
      'different-definition': 'a different definition',
      'different-measure': 'measures something else',
      'range-only': 'a range only',
      approximate: 'an approximation',
      'different-period': 'another period',
      'partial-count': 'names only some',
    },
    footer:
      'Data from the nanjing-innovation-plan package; the official publication of the plan is authoritative. ' +
      'The published figures are taken from news and government pages and are not official statistics.',
  },
};

/** @param {Lang} lang */
export function t(lang) {
  return words[lang];
}
