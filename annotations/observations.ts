/**
 * Figures published for the plan's targets (observations), written by hand
 * from public pages: each with the sentence that states it, copied exactly as
 * the page shows it, and the address where it was read. Every quote was read
 * a second time against its page by another reader; `checked` and `check`
 * say what that found. Figures are never estimated, interpolated or averaged:
 * where sources disagree, both are kept and `preferred` says which one the
 * scorecard uses, and why. Nothing here is official: the pages are news
 * reports, reposts and government pages, not a statistical release of this
 * package.
 *
 * `normalized` is `value` scaled by the unit's factor in `unitFactors`,
 * written out exactly (`2.2万家` → 22000); the tests check it.
 */

import type { LeftOutFigure, Observation, TargetWithoutFigures } from '../src/model/observations.js';

export const observationRecords = [
  {
    id: 'high-tech-enterprises-2023-fenjinzi-10062',
    target: 'high-tech-enterprises',
    year: 2023,
    asOf: '2023-12-31',
    yearStated: true,
    valueText: '10062家',
    value: 10062,
    unit: '家',
    reading: 'exact',
    normalized: 10062,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      '截至2023年末,南京高新技术企业总数达10062家,入库科技型中小企业2.2万家,获评国家专精特新“小巨人”企业213家,其中民营企业占比' +
      '分别为92.5%、98.2%、82.6%。',
    publisher: '澎湃新闻',
    title: '南京新年首会:支持民营经济从“珠江路”走向“紫金山”',
    published: '2024-01-03',
    url: 'http://m.fenjinzi.com/356.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    preferredBecause:
      'A Chinese report of the exact year-end count (10062家) is preferred ' +
      'over an English machine translation that gives only a lower bound.',
    preferredOver: ['high-tech-enterprises-2023-tigerandtech-10000'],
    note: "Repost on a third-party site of a 澎湃新闻 report; page's own source line " + 'reads 来源: 19333647.',
    checked: 'exact',
    check:
      'Page found (m.fenjinzi.com/356.html): title, 发布时间 2024-01-03, 澎湃新闻 ' +
      'byline in text all match; quote verbatim. 总数达10062家 = stock at ' +
      'end-2023; comparable ok.',
  },
  {
    id: 'tech-smes-2023-fenjinzi-2-2',
    target: 'tech-smes',
    year: 2023,
    asOf: '2023-12-31',
    yearStated: true,
    valueText: '2.2万家',
    value: 2.2,
    unit: '万家',
    reading: 'exact',
    normalized: 22000,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      '截至2023年末,南京高新技术企业总数达10062家,入库科技型中小企业2.2万家,获评国家专精特新“小巨人”企业213家,其中民营企业占比' +
      '分别为92.5%、98.2%、82.6%。',
    publisher: '澎湃新闻',
    title: '南京新年首会:支持民营经济从“珠江路”走向“紫金山”',
    published: '2024-01-03',
    url: 'http://m.fenjinzi.com/356.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    preferredBecause:
      'The year-end stock (截至2023年末) is preferred over a mid-year figure and ' +
      'over an English machine translation of the same count.',
    preferredOver: ['tech-smes-2023-nanjiwang-1-7', 'tech-smes-2023-tigerandtech-22000'],
    note: '入库科技型中小企业 (national tech-SME database entries) as of end-2023. Repost ' + 'of a 澎湃新闻 report.',
    checked: 'exact',
    check:
      'Page found (m.fenjinzi.com/356.html): title, 发布时间 2024-01-03, 澎湃新闻 ' +
      'byline in text all match; quote verbatim. 入库科技型中小企业2.2万家 = stock at ' +
      'end-2023; comparable ok.',
  },
  {
    id: 'new-national-little-giants-2023-fenjinzi-213',
    target: 'new-national-little-giants',
    year: 2023,
    asOf: '2023-12-31',
    yearStated: true,
    valueText: '213家',
    value: 213,
    unit: '家',
    reading: 'exact',
    normalized: 213,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      '截至2023年末,南京高新技术企业总数达10062家,入库科技型中小企业2.2万家,获评国家专精特新“小巨人”企业213家,其中民营企业占比' +
      '分别为92.5%、98.2%、82.6%。',
    publisher: '澎湃新闻',
    title: '南京新年首会:支持民营经济从“珠江路”走向“紫金山”',
    published: '2024-01-03',
    url: 'http://m.fenjinzi.com/356.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      'Cumulative stock of national 专精特新“小巨人” firms, not the number newly ' +
      'recognised in the year that the target counts.',
    checked: 'exact',
    check:
      'Page found (m.fenjinzi.com/356.html): title, 发布时间 2024-01-03, 澎湃新闻 ' +
      'byline in text all match; quote verbatim. 213 is a cumulative stock; ' +
      'comparable:false correct.',
  },
  {
    id: 'private-economy-share-2023-fenjinzi-46-4',
    target: 'private-economy-share',
    year: 2023,
    asOf: '2023-12-31',
    yearStated: false,
    valueText: '46.4%',
    value: 46.4,
    unit: '%',
    reading: 'exact',
    normalized: 46.4,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote: '全市民营经济增加值占GDP比重达46.4%,创造了55%的税收,90%的新增就业岗位。',
    publisher: '澎湃新闻',
    title: '南京新年首会:支持民营经济从“珠江路”走向“紫金山”',
    published: '2024-01-03',
    url: 'http://m.fenjinzi.com/356.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note: "Sentence follows '官方数据显示,截至2023年末'.",
    checked: 'exact',
    check:
      'Page found (m.fenjinzi.com/356.html): title, 发布时间 2024-01-03, 澎湃新闻 ' +
      'byline in text all match; quote verbatim. Year 2023 inferred from the ' +
      'preceding sentence (截至2023年末), as the note says.',
  },
  {
    id: 'new-single-champions-2023-eeju-21',
    target: 'new-single-champions',
    year: 2023,
    asOf: '2023-08-08',
    yearStated: false,
    valueText: '21家',
    value: 21,
    unit: '家',
    reading: 'exact',
    normalized: 21,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      '南京累计培育国家制造业单项冠军企业21家、国家级专精特新“小巨人”企业213家、省级专精特新中小企业647家,数量均居全省前列;连续3年净增' +
      '规上工业企业500家以上,基本实现3年倍增。',
    publisher: '记者 周敏 (outlet not named on the page)',
    title: null,
    published: '2023-08-14',
    url: 'http://cq.eeju.com/shangye/2023/0814/69618.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      'Cumulative number of national single-champion enterprises as stated ' +
      'at an 8 Aug 2023 press conference; target counts new ones per year. ' +
      'The page shows no title; published date inferred from URL path ' +
      '(2023/0814).',
    checked: 'exact',
    check:
      'Page found (cq.eeju.com 69618): quote verbatim; page shows no title ' +
      'and no date (published taken from URL path); byline (记者 周敏) matches. ' +
      '累计 21 = cumulative; comparable:false correct.',
  },
  {
    id: 'new-national-little-giants-2023-eeju-213',
    target: 'new-national-little-giants',
    year: 2023,
    asOf: '2023-08-08',
    yearStated: false,
    valueText: '213家',
    value: 213,
    unit: '家',
    reading: 'exact',
    normalized: 213,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      '南京累计培育国家制造业单项冠军企业21家、国家级专精特新“小巨人”企业213家、省级专精特新中小企业647家,数量均居全省前列;连续3年净增' +
      '规上工业企业500家以上,基本实现3年倍增。',
    publisher: '记者 周敏 (outlet not named on the page)',
    title: null,
    published: '2023-08-14',
    url: 'http://cq.eeju.com/shangye/2023/0814/69618.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note: 'Cumulative stock, not new-in-year.',
    checked: 'exact',
    check:
      'Page found (cq.eeju.com 69618): quote verbatim; page shows no title ' +
      'and no date (published taken from URL path); byline (记者 周敏) matches. ' +
      '累计 213 = cumulative; comparable:false correct.',
  },
  {
    id: 'new-provincial-little-giants-2023-eeju-647',
    target: 'new-provincial-little-giants',
    year: 2023,
    asOf: '2023-08-08',
    yearStated: false,
    valueText: '647家',
    value: 647,
    unit: '家',
    reading: 'exact',
    normalized: 647,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      '南京累计培育国家制造业单项冠军企业21家、国家级专精特新“小巨人”企业213家、省级专精特新中小企业647家,数量均居全省前列;连续3年净增' +
      '规上工业企业500家以上,基本实现3年倍增。',
    publisher: '记者 周敏 (outlet not named on the page)',
    title: null,
    published: '2023-08-14',
    url: 'http://cq.eeju.com/shangye/2023/0814/69618.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-definition', 'cumulative'],
    preferred: false,
    note:
      '省级专精特新中小企业 is a different (broader) designation from 省级专精特新“小巨人”企业, ' +
      'and the figure is cumulative, not new-in-year.',
    checked: 'exact',
    check:
      'Page found (cq.eeju.com 69618): quote verbatim; page shows no title ' +
      'and no date (published taken from URL path); byline (记者 周敏) matches. ' +
      '省级专精特新中小企业 ≠ 省级“小巨人”, and cumulative; comparable:false correct.',
  },
  {
    id: 'industrial-enterprises-above-scale-2022-eeju-500',
    target: 'industrial-enterprises-above-scale',
    year: 2022,
    yearStated: false,
    valueText: '500家以上',
    value: 500,
    unit: '家',
    reading: 'lower-bound',
    normalized: 500,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'new-in-year',
    quote:
      '南京累计培育国家制造业单项冠军企业21家、国家级专精特新“小巨人”企业213家、省级专精特新中小企业647家,数量均居全省前列;连续3年净增' +
      '规上工业企业500家以上,基本实现3年倍增。',
    publisher: '记者 周敏 (outlet not named on the page)',
    title: null,
    published: '2023-08-14',
    url: 'http://cq.eeju.com/shangye/2023/0814/69618.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-measure'],
    preferred: false,
    note:
      'Net annual increase (连续3年净增…500家以上), not the total number of 规上工业企业. ' +
      'On re-reading: Year set to 2022: the sentence (Aug 2023) describes a ' +
      'net increase of >500 in each of the three preceding years (c. ' +
      '2020–2022; year inferred).',
    checked: 'corrected',
    check:
      'Page found (cq.eeju.com 69618): quote verbatim; page shows no title ' +
      'and no date (published taken from URL path); byline (记者 周敏) matches. ' +
      'Year corrected 2023→2022: 连续3年净增…500家以上, stated 8 Aug 2023, refers to ' +
      'each of the three completed years to 2022 (c. 2020–2022), not 2023; ' +
      'asOf removed (an annual net increase, not a stock).',
  },
  {
    id: 'tech-smes-2023-nanjiwang-1-7',
    target: 'tech-smes',
    year: 2023,
    asOf: '2023-06-30',
    yearStated: false,
    valueText: '超1.7万家',
    value: 1.7,
    unit: '万家',
    reading: 'lower-bound',
    normalized: 17000,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      '今年上半年,南京市高新技术产业产值占全市规模以上工业总产值比重达到55.1%,科技型中小企业入库超1.7万家,同比增长35.5%,总量居全省第一。',
    publisher: '交汇点',
    title: '南京晒出科技创新“半年报”:高新技术产业产值占比达55.1%',
    published: '2023-08-03',
    url: 'http://laowu.nanjiwang.cn/scdt/2023/0803/13753.html',
    sourceKind: 'media',
    comparable: true,
    preferred: false,
    note: 'Mid-year (first half 2023) count of 入库 tech SMEs, lower bound (超). ' + 'Published date from URL path.',
    checked: 'exact',
    check:
      'Page found (laowu.nanjiwang.cn 13753): title matches, 交汇点讯 in text; ' +
      'no date shown (published from URL path); quote verbatim. 今年上半年 stock, ' +
      'lower bound.',
  },
  {
    id: 'high-tech-enterprises-2022-zunyiyoushi-8800',
    target: 'high-tech-enterprises',
    year: 2022,
    yearStated: false,
    valueText: '8800家以上',
    value: 8800,
    unit: '家',
    reading: 'lower-bound',
    normalized: 8800,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '报告显示,南京市高新技术企业从1844家增加到8800家以上。',
    publisher: '中新网',
    title: '南京GDP五年跨越五个千亿级台阶 挺进全国大中城市十强',
    published: null,
    url: 'http://que.zunyiyoushi.com/20220501/frieszhuo.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      'Dateline 中新网南京1月10日电; reports the 2023 government work report ' +
      '(delivered 2023-01-10) reviewing the past five years, so the figure ' +
      'stands at end-2022. Lower bound (以上).',
    checked: 'exact',
    check:
      'Page found (que.zunyiyoushi.com): title matches, dateline 中新网南京1月10日电 ' +
      '(year 2023 inferred from context; no page date); quote verbatim. ' +
      'Stock at end-2022, lower bound.',
  },
  {
    id: 'industrial-enterprises-above-scale-2022-zunyiyoushi-4000',
    target: 'industrial-enterprises-above-scale',
    year: 2022,
    yearStated: false,
    valueText: '超4000家',
    value: 4000,
    unit: '家',
    reading: 'lower-bound',
    normalized: 4000,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '规上工业企业超4000家,培育国家制造业单项冠军企业16家。',
    publisher: '中新网',
    title: '南京GDP五年跨越五个千亿级台阶 挺进全国大中城市十强',
    published: null,
    url: 'http://que.zunyiyoushi.com/20220501/frieszhuo.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      'Dateline 中新网南京1月10日电; reports the 2023 government work report ' +
      '(delivered 2023-01-10) reviewing the past five years, so the figure ' +
      'stands at end-2022. Lower bound (超).',
    checked: 'exact',
    check:
      'Page found (que.zunyiyoushi.com): title matches, dateline 中新网南京1月10日电 ' +
      '(year 2023 inferred from context; no page date); quote verbatim. ' +
      'Total, lower bound.',
  },
  {
    id: 'new-single-champions-2022-zunyiyoushi-16',
    target: 'new-single-champions',
    year: 2022,
    yearStated: false,
    valueText: '16家',
    value: 16,
    unit: '家',
    reading: 'exact',
    normalized: 16,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '规上工业企业超4000家,培育国家制造业单项冠军企业16家。',
    publisher: '中新网',
    title: '南京GDP五年跨越五个千亿级台阶 挺进全国大中城市十强',
    published: null,
    url: 'http://que.zunyiyoushi.com/20220501/frieszhuo.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      'Dateline 中新网南京1月10日电; reports the 2023 government work report ' +
      '(delivered 2023-01-10) reviewing the past five years, so the figure ' +
      'stands at end-2022. Cumulative number cultivated over five years, not ' +
      'new-in-year as the target counts.',
    checked: 'exact',
    check:
      'Page found (que.zunyiyoushi.com): title matches, dateline 中新网南京1月10日电 ' +
      '(year 2023 inferred from context; no page date); quote verbatim. ' +
      '培育…16家 = cumulative; comparable:false correct.',
  },
  {
    id: 'half-trillion-yuan-clusters-2022-zunyiyoushi-1',
    target: 'half-trillion-yuan-clusters',
    year: 2022,
    yearStated: false,
    valueText: '1个五千亿级',
    value: 1,
    unit: '个',
    reading: 'exact',
    normalized: 1,
    baseUnit: 'clusters',
    scope: '南京市',
    counts: 'total',
    quote: '通过聚焦创新型产业体系打造,南京形成1个五千亿级和4个千亿级新兴产业集群。',
    publisher: '中新网',
    title: '南京GDP五年跨越五个千亿级台阶 挺进全国大中城市十强',
    published: null,
    url: 'http://que.zunyiyoushi.com/20220501/frieszhuo.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    preferredBecause:
      'Later over earlier: the January 2023 report of the government work ' +
      'report stands at the end of 2022; the September 2022 report stands ' +
      'mid-year. Both give one cluster.',
    preferredOver: ['half-trillion-yuan-clusters-2022-021cf-1'],
    note:
      'Dateline 中新网南京1月10日电; reports the 2023 government work report ' +
      '(delivered 2023-01-10) reviewing the past five years, so the figure ' +
      'stands at end-2022. Counts 新兴产业集群 at the 5,000亿 level; target wording ' +
      'is 创新型产业集群. No 万亿级 cluster reported.',
    checked: 'exact',
    check:
      'Page found (que.zunyiyoushi.com): title matches, dateline 中新网南京1月10日电 ' +
      '(year 2023 inferred from context; no page date); quote verbatim. ' +
      '1个五千亿级 新兴产业集群; comparable:true acceptable (wording 新兴 vs 创新型 noted).',
  },
  {
    id: 'major-investment-projects-2022-qygsc-1109',
    target: 'major-investment-projects',
    year: 2022,
    asOf: '2022-06-30',
    yearStated: false,
    valueText: '1109個',
    value: 1109,
    unitAsWritten: '個',
    unit: '个',
    reading: 'exact',
    normalized: 1109,
    baseUnit: 'projects',
    scope: '南京市',
    counts: 'new-in-year',
    quote: '累計新增億元以上簽約項目1109個,累計簽約投資總額為6272.5億元,招商引資主要指標全面達超序時進度。',
    publisher: 'not stated on the page (local-press wording 我市; figures credited to 市投资促进局)',
    title: null,
    published: '2022-08-12',
    url: 'http://www.qygsc.cn/news/yaowen/2022/0812/196331.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['part-year'],
    preferred: false,
    note:
      'First half of 2022 only (今年上半年; year from URL path 2022/0812 and ' +
      'context). 亿元以上签约项目 = signed projects of ≥100m yuan. Same text in ' +
      'simplified characters at http://www.txjrt.com/caijingxiaoduanzi/1424.h' +
      'tml (undated). On re-reading: comparable set to false: half-year (H1 ' +
      '2022) count, not a full-year figure.',
    checked: 'corrected',
    check:
      'Page found (www.qygsc.cn 2022/0812): quote verbatim (traditional); ' +
      'figures credited to 市投促局. comparable corrected true→false: 1109 is a ' +
      'first-half-2022 count, not a full-year count against the each-year ' +
      '1200 target.',
  },
  {
    id: 'major-investment-projects-2022-qygsc-6850',
    target: 'major-investment-projects',
    year: 2022,
    asOf: '2022-06-30',
    yearStated: false,
    valueText: '6850個',
    value: 6850,
    unitAsWritten: '個',
    unit: '个',
    reading: 'exact',
    normalized: 6850,
    baseUnit: 'projects',
    scope: '南京市',
    counts: 'total',
    quote:
      '記者了解到,2019年以來,全市億元以上簽約項目共計6850個,截至今年6月底,已有6203個項目完成注冊,注冊率達90.6%,此外,開工運' +
      '營項目4803個,開工運營率70.1%。',
    publisher: 'not stated on the page (local-press wording 我市; figures credited to 市投资促进局)',
    title: null,
    published: '2022-08-12',
    url: 'http://www.qygsc.cn/news/yaowen/2022/0812/196331.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note: 'Cumulative since 2019 to end-June 2022, not a yearly count.',
    checked: 'exact',
    check: 'Page found (www.qygsc.cn 2022/0812): quote verbatim. Cumulative since ' + '2019; comparable:false correct.',
  },
  {
    id: 'new-national-little-giants-2024-ifeng-121',
    target: 'new-national-little-giants',
    year: 2024,
    yearStated: false,
    valueText: '121家',
    value: 121,
    unit: '家',
    reading: 'exact',
    normalized: 121,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'new-in-year',
    quote: '南京市新增企业121家,创历史新高',
    publisher: '凤凰网江苏',
    title: null,
    published: null,
    url: 'https://js.ifeng.com/c/8cZmvF8rSQo',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      'Page undated in the text read; the sixth batch of national 小巨人 was ' +
      'publicly listed by the Jiangsu industry department in 2024 (see ' +
      '人民网-江苏 2024-09-03 report on the same list). Figure is from the ' +
      'public-notice (公示) list of the sixth batch.',
    checked: 'exact',
    check:
      'Page found (js.ifeng.com 8cZmvF8rSQo): quote verbatim; page shows no ' +
      'title/date in the copy read; year 2024 inferred (第六批 小巨人 / 第八批 单项冠军), ' +
      'as noted. The quoted line follows the line 第六批国家专精特新“小巨人”企业名单; 121 is ' +
      'from the public-notice (公示) list.',
  },
  {
    id: 'new-national-little-giants-2024-ifeng-334',
    target: 'new-national-little-giants',
    year: 2024,
    yearStated: false,
    valueText: '334家',
    value: 334,
    unit: '家',
    reading: 'exact',
    normalized: 334,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '截至目前,累计培育国家制造业单项冠军企业31家、国家专精特新“小巨人”企业334家、省级专精特新中小企业1424家。',
    publisher: '凤凰网江苏',
    title: null,
    published: null,
    url: 'https://js.ifeng.com/c/8cZmvF8rSQo',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      'Page undated in the text read; the sixth batch of national 小巨人 was ' +
      'publicly listed by the Jiangsu industry department in 2024 (see ' +
      '人民网-江苏 2024-09-03 report on the same list). Cumulative stock, not ' +
      'new-in-year.',
    checked: 'exact',
    check:
      'Page found (js.ifeng.com 8cZmvF8rSQo): quote verbatim; page shows no ' +
      'title/date in the copy read; year 2024 inferred (第六批 小巨人 / 第八批 单项冠军), ' +
      'as noted. Cumulative; comparable:false correct.',
  },
  {
    id: 'new-single-champions-2024-ifeng-13',
    target: 'new-single-champions',
    year: 2024,
    yearStated: false,
    valueText: '13家',
    value: 13,
    unit: '家',
    reading: 'exact',
    normalized: 13,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'new-in-year',
    quote: '今年上半年,新增第八批国家制造业单项冠军企业13家,新增数量全国第4。',
    publisher: '凤凰网江苏',
    title: null,
    published: null,
    url: 'https://js.ifeng.com/c/8cZmvF8rSQo',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      'Page undated in the text read; the sixth batch of national 小巨人 was ' +
      'publicly listed by the Jiangsu industry department in 2024 (see ' +
      '人民网-江苏 2024-09-03 report on the same list). Eighth batch of national ' +
      'manufacturing single champions (enterprises).',
    checked: 'exact',
    check:
      'Page found (js.ifeng.com 8cZmvF8rSQo): quote verbatim; page shows no ' +
      'title/date in the copy read; year 2024 inferred (第六批 小巨人 / 第八批 单项冠军), ' +
      'as noted. 新增第八批…13家 = new-in-year; comparable:true ok.',
  },
  {
    id: 'new-single-champions-2024-ifeng-31',
    target: 'new-single-champions',
    year: 2024,
    yearStated: false,
    valueText: '31家',
    value: 31,
    unit: '家',
    reading: 'exact',
    normalized: 31,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '截至目前,累计培育国家制造业单项冠军企业31家、国家专精特新“小巨人”企业334家、省级专精特新中小企业1424家。',
    publisher: '凤凰网江苏',
    title: null,
    published: null,
    url: 'https://js.ifeng.com/c/8cZmvF8rSQo',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      'Page undated in the text read; the sixth batch of national 小巨人 was ' +
      'publicly listed by the Jiangsu industry department in 2024 (see ' +
      '人民网-江苏 2024-09-03 report on the same list). Cumulative stock.',
    checked: 'exact',
    check:
      'Page found (js.ifeng.com 8cZmvF8rSQo): quote verbatim; page shows no ' +
      'title/date in the copy read; year 2024 inferred (第六批 小巨人 / 第八批 单项冠军), ' +
      'as noted. Cumulative; comparable:false correct.',
  },
  {
    id: 'new-provincial-little-giants-2024-ifeng-1424',
    target: 'new-provincial-little-giants',
    year: 2024,
    yearStated: false,
    valueText: '1424家',
    value: 1424,
    unit: '家',
    reading: 'exact',
    normalized: 1424,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '截至目前,累计培育国家制造业单项冠军企业31家、国家专精特新“小巨人”企业334家、省级专精特新中小企业1424家。',
    publisher: '凤凰网江苏',
    title: null,
    published: null,
    url: 'https://js.ifeng.com/c/8cZmvF8rSQo',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-definition', 'cumulative'],
    preferred: false,
    note:
      'Page undated in the text read; the sixth batch of national 小巨人 was ' +
      'publicly listed by the Jiangsu industry department in 2024 (see ' +
      '人民网-江苏 2024-09-03 report on the same list). 省级专精特新中小企业 is not ' +
      '省级专精特新“小巨人”企业, and the figure is cumulative.',
    checked: 'exact',
    check:
      'Page found (js.ifeng.com 8cZmvF8rSQo): quote verbatim; page shows no ' +
      'title/date in the copy read; year 2024 inferred (第六批 小巨人 / 第八批 单项冠军), ' +
      'as noted. 省级专精特新中小企业, cumulative; comparable:false correct.',
  },
  {
    id: 'new-national-little-giants-2023-chacewang-213',
    target: 'new-national-little-giants',
    year: 2023,
    yearStated: false,
    valueText: '213家',
    value: 213,
    unit: '家',
    reading: 'exact',
    normalized: 213,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '南京市累计培育国家级专精特新“小巨人”企业将达到213家',
    publisher: '查策网 (chacewang.com)',
    title: null,
    published: null,
    url: 'https://www.chacewang.com/newsdetail/news386979.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      'Undated policy-service page; refers to the public notice of the fifth ' +
      'batch of national 小巨人 (2023). Cumulative stock after the new batch ' +
      "('将达到'), not new-in-year.",
    checked: 'exact',
    check:
      'Page found (chacewang news386979): quote verbatim; page undated in ' +
      'the copy read. 将达到213 = cumulative after the 5th batch; ' +
      'comparable:false correct.',
  },
  {
    id: 'new-national-little-giants-2023-chacewang-106',
    target: 'new-national-little-giants',
    year: 2023,
    yearStated: false,
    valueText: '106家',
    value: 106,
    unit: '家',
    reading: 'exact',
    normalized: 106,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      '在新一批国家专精特新“小巨人”企业名单公示前,南京市已累计培育国家制造业单项冠军企业21家、国家级专精特新“小巨人”企业106家、省级专精特新中小企业647家',
    publisher: '查策网 (chacewang.com)',
    title: null,
    published: null,
    url: 'https://www.chacewang.com/newsdetail/news386979.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      'Undated policy-service page; refers to the public notice of the fifth ' +
      'batch of national 小巨人 (2023). Cumulative stock before the 2023 batch ' +
      'was announced (i.e. through the fourth batch, 2022).',
    checked: 'exact',
    check:
      'Page found (chacewang news386979): quote verbatim; page undated in ' +
      'the copy read. 106 = cumulative before the 5th batch; ' +
      'comparable:false correct.',
  },
  {
    id: 'new-national-little-giants-2024-updyy-35',
    target: 'new-national-little-giants',
    year: 2024,
    yearStated: false,
    valueText: '35家',
    value: 35,
    unit: '家',
    reading: 'exact',
    normalized: 35,
    baseUnit: 'enterprises',
    scope: '南京江北新区',
    counts: 'new-in-year',
    quote:
      '9月2日,江蘇省工信廳發布第六批專精特新“小巨人”企業名單公示,南京江北新區35家企業上榜,占南京市入圍總量的28.93%,位列全市第一。',
    publisher: '人民网-江苏频道',
    title: '南京江北新區35家企業入圍“小巨人” 全市第一',
    published: '2024-09-03',
    url: 'http://updyy.com/n2/2024/0903/c360301-40964826.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['district'],
    preferred: false,
    note:
      'District figure (江北新区), public-notice list of the sixth batch. On ' +
      're-reading: comparable set to false: district figure (the city-wide ' +
      'figure for the same batch is 121).',
    checked: 'corrected',
    check:
      'Page found (updyy.com, 人民網-江蘇頻道, 2024-09-03): title, date, quote ' +
      'verbatim. comparable corrected true→false: district (江北新区) figure, ' +
      'not the city’s count.',
  },
  {
    id: 'new-national-little-giants-2024-updyy-75',
    target: 'new-national-little-giants',
    year: 2024,
    yearStated: false,
    valueText: '75家',
    value: 75,
    unit: '家',
    reading: 'exact',
    normalized: 75,
    baseUnit: 'enterprises',
    scope: '南京江北新区',
    counts: 'total',
    quote:
      '據南京江北新區經濟發展局統計,本次35家新增企業入圍后,全區累計培育國家專精特新“小巨人”企業數量已經達到75家,與去年相比,數量基本實現翻番。',
    publisher: '人民网-江苏频道',
    title: '南京江北新區35家企業入圍“小巨人” 全市第一',
    published: '2024-09-03',
    url: 'http://updyy.com/n2/2024/0903/c360301-40964826.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['district', 'cumulative'],
    preferred: false,
    note: 'District cumulative stock.',
    checked: 'exact',
    check:
      'Page found (updyy.com, 人民網-江蘇頻道, 2024-09-03): quote verbatim. ' +
      'District cumulative; comparable:false correct.',
  },
  {
    id: 'national-advanced-manufacturing-clusters-2021-chinadevelopment-2',
    target: 'national-advanced-manufacturing-clusters',
    year: 2021,
    yearStated: false,
    valueText: '南京市软件和信息服务集群、南京市新型电力(智能电网)装备集群',
    value: 2,
    unit: '个',
    reading: 'named-items',
    normalized: 2,
    baseUnit: 'clusters',
    scope: '南京市',
    counts: 'total',
    quote:
      '江苏入围的6个先进制造业集群分别为:无锡市物联网集群、南京市软件和信息服务集群、南京市新型电力(智能电网)装备集群、苏州市纳米新材料集群、徐' +
      '州市工程机械集群和常州市新型碳材料集群。',
    publisher: '中国经济导报',
    title: '江苏:6个先进制造业集群入选“国家队”',
    published: null,
    url: 'http://chinadevelopment.com.cn/news/cj/2021/04/1721036.shtml',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      'The sentence names two Nanjing clusters among the first two batches ' +
      'of national advanced-manufacturing cluster winners; the count 2 is ' +
      'the number of Nanjing clusters named, not a numeral written in the ' +
      'sentence. URL path dates the page to 2021-04. The same two clusters ' +
      'are named again in a 人民网-江苏 report of 2022-11-04 ' +
      '(http://hamasdt.com/cn/Instant/local/202211/t20221104_7302146.html), ' +
      'where the third round (2022) added no Nanjing cluster.',
    checked: 'exact',
    check:
      'Page found (chinadevelopment.com.cn 2021/04): title ' +
      '江苏:6个先进制造业集群入选“国家队”, 中国经济导报 byline; quote verbatim; no date on page ' +
      '(URL path 2021/04). valueText is the two cluster names, present in ' +
      'the quote.',
  },
  {
    id: 'national-advanced-manufacturing-clusters-2024-tigerandtech-4',
    target: 'national-advanced-manufacturing-clusters',
    year: 2024,
    asOf: '2024-11-18',
    yearStated: false,
    valueText: 'four national advanced manufacturing clusters',
    value: 4,
    unitAsWritten: 'clusters',
    unit: '个',
    reading: 'words',
    normalized: 4,
    baseUnit: 'clusters',
    scope: '南京市',
    counts: 'total',
    quote:
      'Together with the previously shortlisted software and information ' +
      'services and new power (smart grid) equipment clusters, theNanjing ' +
      'already has four national advanced manufacturing clusters.',
    publisher:
      'tigerandtech.com (English translation of a Nanjing media article; ' +
      'original outlet not named in the text read)',
    title: null,
    published: null,
    url: 'https://tigerandtech.com/en/cong_si_zhi_guo_jia_dui_zai_kan_nan_jing_zhi_zao',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      'English-language page; Chinese original not found in the pages read. ' +
      "Based on MIIT's 2024-11-18 public list of 2024 cluster-competition " +
      'winners: 苏南特钢材料集群 (led by Nanjing) and 长三角(含江西)大飞机集群 were added. Both ' +
      'are cross-city clusters (a 无锡 report also counts them for Wuxi: ' +
      'http://www.dingqianjf.com/news/show/939e215dc0257ff9.html). Prefer a ' +
      'Chinese source if one is found.',
    checked: 'exact',
    check:
      'Page found (tigerandtech.com cong_si_zhi_guo_jia_dui…): English text ' +
      'verbatim (incl. the run-together "theNanjing"); no title/date in the ' +
      'copy read. Cross-city clusters caveat already noted.',
  },
  {
    id: 'trillion-yuan-clusters-2021-js-6700',
    target: 'trillion-yuan-clusters',
    year: 2021,
    yearStated: true,
    valueText: '约6700亿元',
    value: 6700,
    unit: '亿元',
    reading: 'approximate',
    normalized: 670000000000,
    baseUnit: 'yuan',
    scope: '南京市',
    counts: 'amount',
    quote: '2021年,完成软件业务收入约6700亿元,软件产业规模占全省超过50%。',
    publisher: '江苏省工业和信息化厅',
    title: '对省十三届人大五次会议第1155号建议的答复',
    published: '2022-11-29',
    url: 'https://www.js.gov.cn/art/2022/11/29/art_59167_10692019.html',
    sourceKind: 'government-department',
    comparable: false,
    notComparableBecause: ['different-measure'],
    preferred: false,
    note:
      "Scale of Nanjing's software industry (the cluster the city aims to " +
      'lift to 万亿级); an amount, not a count of 万亿级 clusters. Context: the ' +
      "answer is about Nanjing ('南京…打造万亿级软件产业集群').",
    checked: 'exact',
    check:
      'Page found (js.gov.cn 2022-11-29, 江苏省工业和信息化厅, title ' +
      '对省十三届人大五次会议第1155号建议的答复): quote verbatim. Amount, comparable:false ' +
      'correct.',
  },
  {
    id: 'trillion-yuan-clusters-2022-eeju-7408',
    target: 'trillion-yuan-clusters',
    year: 2022,
    yearStated: true,
    valueText: '7408亿元',
    value: 7408,
    unit: '亿元',
    reading: 'exact',
    normalized: 740800000000,
    baseUnit: 'yuan',
    scope: '南京市',
    counts: 'amount',
    quote: '其中,软件和信息技术服务业2022年规模达7408亿元,位列全省第一,同比增长8.8%。',
    publisher: '记者 周敏 (outlet not named on the page)',
    title: null,
    published: '2023-08-14',
    url: 'http://cq.eeju.com/shangye/2023/0814/69618.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-measure'],
    preferred: false,
    note:
      'Scale of the largest cluster (software and IT services) in 2022; an ' +
      'amount, not a count of 万亿级 clusters. Below 万亿.',
    checked: 'exact',
    check:
      'Page found (cq.eeju.com 69618): quote verbatim; page shows no title ' +
      'and no date (published taken from URL path); byline (记者 周敏) matches. ' +
      '2022 software scale; amount, comparable:false correct.',
  },
  {
    id: 'trillion-yuan-clusters-2024-cppjump-8000',
    target: 'trillion-yuan-clusters',
    year: 2024,
    asOf: '2024-05-16',
    yearStated: false,
    valueText: '超过8000亿元',
    value: 8000,
    unit: '亿元',
    reading: 'lower-bound',
    normalized: 800000000000,
    baseUnit: 'yuan',
    scope: '南京市',
    counts: 'amount',
    quote:
      '南京市副市长吴炜16日介绍,目前该市新兴产业领域的软件和信息服务业集群规模已超过8000亿元,智能电网、新能源汽车、生物医药、智能制造装备、' +
      '新型材料5个新兴产业集群规模均超过千亿元。',
    publisher: '中新网',
    title: null,
    published: '2024-05-16',
    url: 'http://cppjump.com/?0MFj=p.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-measure'],
    preferred: false,
    note:
      "'目前' on 2024-05-16, probably the 2023 annual scale. Scale of the " +
      'largest cluster (software), not a count; no 万亿级 cluster yet. A later ' +
      '新华日报 report (2026-02-03, zgjssw.gov.cn) says software revenue first ' +
      'exceeded 万亿 in 2025, outside 2020–2024.',
    checked: 'exact',
    check:
      "Page found (cppjump.com): quote verbatim. Note: the page's own 发布时间 " +
      'is 2024-12-01 (repost); published 2024-05-16 comes from the dateline ' +
      '中新网 南京5月16日电 with the year inferred (kept). Amount, comparable:false ' +
      'correct.',
  },
  {
    id: 'half-trillion-yuan-clusters-2024-cppjump-8000',
    target: 'half-trillion-yuan-clusters',
    year: 2024,
    asOf: '2024-05-16',
    yearStated: false,
    valueText: '超过8000亿元',
    value: 8000,
    unit: '亿元',
    reading: 'lower-bound',
    normalized: 800000000000,
    baseUnit: 'yuan',
    scope: '南京市',
    counts: 'amount',
    quote:
      '南京市副市长吴炜16日介绍,目前该市新兴产业领域的软件和信息服务业集群规模已超过8000亿元,智能电网、新能源汽车、生物医药、智能制造装备、' +
      '新型材料5个新兴产业集群规模均超过千亿元。',
    publisher: '中新网',
    title: null,
    published: '2024-05-16',
    url: 'http://cppjump.com/?0MFj=p.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-measure'],
    preferred: false,
    note:
      'Only one cluster (software, >8000亿) is stated above the 5000亿 level; ' +
      'the other five are stated only as 超过千亿元. Not a count of 5千亿级 clusters.',
    checked: 'exact',
    check:
      "Page found (cppjump.com): quote verbatim. Note: the page's own 发布时间 " +
      'is 2024-12-01 (repost); published 2024-05-16 comes from the dateline ' +
      '中新网 南京5月16日电 with the year inferred (kept). Amount, comparable:false ' +
      'correct.',
  },
  {
    id: 'half-trillion-yuan-clusters-2023-baitongwang-1',
    target: 'half-trillion-yuan-clusters',
    year: 2023,
    asOf: '2023-06-15',
    yearStated: false,
    valueText: '1个7000亿元级',
    value: 1,
    unit: '个',
    reading: 'exact',
    normalized: 1,
    baseUnit: 'clusters',
    scope: '南京市',
    counts: 'total',
    quote:
      '目前南京已形成1个7000亿元级、6个千亿元级的产业集群,去年规模以上工业总产值超过1.5万亿元,规上高技术制造业产值增长10.9%。',
    publisher: '澎湃新闻',
    title: '【全球独家】南京发布产业强市行动计划,助推“十四五”末GDP超2万亿',
    published: '2023-06-17',
    url: 'http://wh.baitongwang.com/wudaqu/2023/0617/17168.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      'One cluster at the 7000亿 level (i.e. above 5000亿; presumably ' +
      'software, scale of 2022); no 万亿级 cluster. Counts 产业集群, target wording ' +
      '创新型产业集群.',
    checked: 'corrected',
    check:
      'Page found (wh.baitongwang.com 2023/0617, 时间 2023-06-17, 来源 澎湃新闻): ' +
      'quote verbatim. Title corrected: page shows ' +
      '【全球独家】南京发布产业强市行动计划,助推“十四五”末GDP超2万亿. 1个7000亿元级 ≥ 5000亿 level; ' +
      'comparable:true acceptable.',
  },
  {
    id: 'market-entities-2023-fenjinzi-179-72',
    target: 'market-entities',
    year: 2023,
    asOf: '2023-12-31',
    yearStated: true,
    valueText: '179.72万户',
    value: 179.72,
    unitAsWritten: '万户',
    unit: '万家',
    reading: 'exact',
    normalized: 1797200,
    baseUnit: 'market-entities',
    scope: '南京市',
    counts: 'total',
    quote:
      '官方数据显示,截至2023年末,南京全市登记注册的私营企业和个体经营户总量179.72万户,民营经济贡献税收收入1376亿元。',
    publisher: '澎湃新闻',
    title: '南京新年首会:支持民营经济从“珠江路”走向“紫金山”',
    published: '2024-01-03',
    url: 'http://m.fenjinzi.com/356.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-definition'],
    preferred: false,
    note:
      'Private enterprises plus individual businesses only — a subset of all ' +
      '市场主体 (which also include state/collective/foreign-invested ' +
      'enterprises and farmer co-operatives); unit 万户 vs target 万家.',
    checked: 'exact',
    check:
      'Page found (m.fenjinzi.com/356.html): title, 发布时间 2024-01-03, 澎湃新闻 ' +
      'byline in text all match; quote verbatim. 私营企业和个体经营户 only (万户); ' +
      'comparable:false correct.',
  },
  {
    id: 'market-entities-2023-djxww-71503',
    target: 'market-entities',
    year: 2023,
    asOf: '2023-08-04',
    yearStated: false,
    valueText: '71503家',
    value: 71503,
    unit: '家',
    reading: 'exact',
    normalized: 71503,
    baseUnit: 'market-entities',
    scope: '南京市高淳区',
    counts: 'total',
    quote: '截至目前,共有民营经济经营主体71503家,本年度新增6949家,同比增长10.7%',
    publisher: '南京日报',
    title: '高淳民营经济经营主体突破7万家',
    published: '2023-08-12',
    url: 'http://f.djxww.com/gundong/2023/0812/082023_187670.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['district', 'different-definition'],
    preferred: false,
    note: 'District (高淳区) figure and private-economy entities only; not the city-wide 市场主体 total.',
    checked: 'exact',
    check:
      'Page found (f.djxww.com 2023/0812, 发布日期 2023-08-12, 来源 南京日报, title ' +
      '高淳民营经济经营主体突破7万家): quote verbatim. District, private only; ' +
      'comparable:false correct.',
  },
  {
    id: 'new-provincial-little-giants-2022-021cf-285',
    target: 'new-provincial-little-giants',
    year: 2022,
    asOf: '2022-09-16',
    yearStated: false,
    valueText: '285家',
    value: 285,
    unit: '家',
    reading: 'exact',
    normalized: 285,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '目前,南京拥有国家制造业单项冠军企业17家,国家级专精特新“小巨人”企业44家,省级专精特新“小巨人”企业285家。',
    publisher: '中新网江苏',
    title: '数读南京:创新底气带来“宁”发展的深刻变革',
    published: '2022-09-16',
    url: 'http://nanjing.021cf.cn/index.php/post/7423.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      'Dateline 中新网江苏新闻9月16日电; year 2022 inferred from context (ten-year ' +
      'review 2012–2021, published 2022). Same designation as the target ' +
      '(省级专精特新“小巨人”企业) but a cumulative stock, not new-in-year.',
    checked: 'exact',
    check:
      'Page found (nanjing.021cf.cn post 7423): title matches, dateline ' +
      '中新网江苏新闻9月16日电 (year 2022 inferred); quote verbatim. Same designation ' +
      '(省级“小巨人”) but cumulative; comparable:false correct.',
  },
  {
    id: 'new-national-little-giants-2022-021cf-44',
    target: 'new-national-little-giants',
    year: 2022,
    asOf: '2022-09-16',
    yearStated: false,
    valueText: '44家',
    value: 44,
    unit: '家',
    reading: 'exact',
    normalized: 44,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '目前,南京拥有国家制造业单项冠军企业17家,国家级专精特新“小巨人”企业44家,省级专精特新“小巨人”企业285家。',
    publisher: '中新网江苏',
    title: '数读南京:创新底气带来“宁”发展的深刻变革',
    published: '2022-09-16',
    url: 'http://nanjing.021cf.cn/index.php/post/7423.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      'Dateline 中新网江苏新闻9月16日电; year 2022 inferred from context (ten-year ' +
      'review 2012–2021, published 2022). Cumulative stock. Disagrees with ' +
      "chacewang's 106 (stock before the 2023 batch); the 44 may predate the " +
      'fourth batch (2022) being counted. Keep both.',
    checked: 'exact',
    check:
      'Page found (nanjing.021cf.cn post 7423): title matches, dateline ' +
      '中新网江苏新闻9月16日电 (year 2022 inferred); quote verbatim. Cumulative; ' +
      'comparable:false correct.',
  },
  {
    id: 'new-single-champions-2022-021cf-17',
    target: 'new-single-champions',
    year: 2022,
    asOf: '2022-09-16',
    yearStated: false,
    valueText: '17家',
    value: 17,
    unit: '家',
    reading: 'exact',
    normalized: 17,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '目前,南京拥有国家制造业单项冠军企业17家,国家级专精特新“小巨人”企业44家,省级专精特新“小巨人”企业285家。',
    publisher: '中新网江苏',
    title: '数读南京:创新底气带来“宁”发展的深刻变革',
    published: '2022-09-16',
    url: 'http://nanjing.021cf.cn/index.php/post/7423.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      'Dateline 中新网江苏新闻9月16日电; year 2022 inferred from context (ten-year ' +
      'review 2012–2021, published 2022). Cumulative stock, not new-in-year. ' +
      'Government work report of Jan 2023 gives 16 (see 中新网 record).',
    checked: 'exact',
    check:
      'Page found (nanjing.021cf.cn post 7423): title matches, dateline ' +
      '中新网江苏新闻9月16日电 (year 2022 inferred); quote verbatim. Cumulative; ' +
      'comparable:false correct.',
  },
  {
    id: 'half-trillion-yuan-clusters-2022-021cf-1',
    target: 'half-trillion-yuan-clusters',
    year: 2022,
    asOf: '2022-09-16',
    yearStated: false,
    valueText: '1个5000亿级',
    value: 1,
    unit: '个',
    reading: 'exact',
    normalized: 1,
    baseUnit: 'clusters',
    scope: '南京市',
    counts: 'total',
    quote: '形成1个5000亿级和4个千亿级新兴产业集群',
    publisher: '中新网江苏',
    title: '数读南京:创新底气带来“宁”发展的深刻变革',
    published: '2022-09-16',
    url: 'http://nanjing.021cf.cn/index.php/post/7423.html',
    sourceKind: 'media',
    comparable: true,
    preferred: false,
    note:
      'Dateline 中新网江苏新闻9月16日电; year 2022 inferred from context (ten-year ' +
      'review 2012–2021, published 2022). 新兴产业集群 at the 5000亿 level; target ' +
      'wording 创新型产业集群.',
    checked: 'exact',
    check:
      'Page found (nanjing.021cf.cn post 7423): title matches, dateline ' +
      '中新网江苏新闻9月16日电 (year 2022 inferred); quote verbatim. 1个5000亿级 新兴产业集群.',
  },
  {
    id: 'high-tech-enterprises-2023-tigerandtech-10000',
    target: 'high-tech-enterprises',
    year: 2023,
    yearStated: true,
    valueText: 'exceeded10,000 homes',
    value: 10000,
    unitAsWritten: 'homes (家)',
    unit: '家',
    reading: 'lower-bound',
    normalized: 10000,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      '2023, the city recognized high enterprise3596 homesThe total number ' +
      'of valid high enterprises exceeded10,000 homesYear-on-year growth11%',
    publisher:
      'tigerandtech.com (English machine-translated repost of a Nanjing S&T ' +
      "bureau item, '南京高企科小培育“双过万”')",
    title: 'Nanjing high enterprises, science and small cultivation "double over 10,000"',
    published: null,
    url: 'https://www.tigerandtech.com/en/nan_jing_gao_qi_ke_xiao_pei_yu_shuang_guo_wan/',
    sourceKind: 'media',
    comparable: true,
    preferred: false,
    note:
      "English translation page; 'homes' renders 家. States 3596 newly " +
      'recognised in 2023 and valid total >10,000 (+11%). Consistent with ' +
      "澎湃新闻's 10062 at end-2023; prefer the Chinese 澎湃 record.",
    checked: 'exact',
    check:
      'Page found (www.tigerandtech.com nan_jing_gao_qi_ke_xiao_pei_yu_shuang' +
      '_guo_wan): English title and text verbatim (machine-translation ' +
      'spacing as shown); undated. Valid total >10,000 in 2023.',
  },
  {
    id: 'tech-smes-2023-tigerandtech-22000',
    target: 'tech-smes',
    year: 2023,
    yearStated: false,
    valueText: '22,000 homes',
    value: 22000,
    unitAsWritten: 'homes (家)',
    unit: '家',
    reading: 'lower-bound',
    normalized: 22000,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      'breakthroughs in technology-based SME enrollment22,000 ' +
      "homesYear-on-year growth17.7%The province's share of the25.1%",
    publisher:
      'tigerandtech.com (English machine-translated repost of a Nanjing S&T ' +
      "bureau item, '南京高企科小培育“双过万”')",
    title: 'Nanjing high enterprises, science and small cultivation "double over 10,000"',
    published: null,
    url: 'https://www.tigerandtech.com/en/nan_jing_gao_qi_ke_xiao_pei_yu_shuang_guo_wan/',
    sourceKind: 'media',
    comparable: true,
    preferred: false,
    note:
      'English translation page; 2023 tech-SME database entries exceeded ' +
      "22,000 (+17.7%), 25.1% of Jiangsu. Consistent with 澎湃新闻's 2.2万; " +
      'prefer the Chinese record.',
    checked: 'exact',
    check:
      'Page found (www.tigerandtech.com nan_jing_gao_qi_ke_xiao_pei_yu_shuang' +
      '_guo_wan): English title and text verbatim (machine-translation ' +
      'spacing as shown); undated. Tech-SME entries 22,000 in 2023.',
  },
  {
    id: 'major-investment-projects-2023-3ch-273',
    target: 'major-investment-projects',
    year: 2023,
    asOf: '2023-11-27',
    yearStated: false,
    valueText: '273个',
    value: 273,
    unit: '个',
    reading: 'exact',
    normalized: 273,
    baseUnit: 'projects',
    scope: '南京市江宁区',
    counts: 'new-in-year',
    quote:
      '【配音】今年以来,我区共举办境内外专场招商活动27场,新引进亿元以上项目273个,投资总额超1600亿元,其中,50亿元以上4个、100亿元以上2个。',
    publisher: '微江宁 (江宁区融媒体; TV script)',
    title: '2023百强区公布,江宁位列全国第17位(电视)',
    published: '2023-11-27',
    url: 'http://api.plus.3ch.net.cn/template/preview?publish_id=129747&theme=%E' + '5%BE%AE%E6%B1%9F%E5%AE%81',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['district', 'part-year'],
    preferred: false,
    note: 'District (江宁区) count for 2023 to late November; the target is city-wide.',
    checked: 'exact',
    check:
      'Page found (api.plus.3ch.net.cn 微江宁 preview): title ' +
      '2023百强区公布,江宁位列全国第17位(电视), date 2023-11-27; quote verbatim incl. 【配音】. ' +
      'District; comparable:false correct.',
  },
  {
    id: 'high-tech-enterprises-2020-bjdfdc-6500',
    target: 'high-tech-enterprises',
    year: 2020,
    yearStated: false,
    valueText: '超6500家',
    value: 6500,
    unit: '家',
    reading: 'lower-bound',
    normalized: 6500,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '高新技术企业总数超6500家',
    publisher: '南京市发展和改革委员会',
    title: '关于南京市2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告',
    published: '2021-01-28',
    url: 'https://bjdfdc.com/fgw/njsfzhggwyh/202102/t20210210_2823774',
    sourceKind: 'government-report',
    comparable: true,
    preferred: true,
    preferredBecause:
      'Official over media: the municipal plan-execution report ' +
      "(南京市发展和改革委员会) is preferred over a broadcaster's reading of the Party " +
      'congress report; both agree (6507 is above 6500).',
    preferredOver: ['high-tech-enterprises-2020-nbs-6507'],
    note:
      'Mirror of the 南京市发改委 page (fgw.nanjing.gov.cn path). Listed among ' +
      "indicators '预计超额完成、能够完成年度目标' — a preliminary estimate made in January " +
      '2021. Lower bound (超).',
    checked: 'exact',
    check:
      'Page found (bjdfdc.com mirror, 发布机构 南京市发展和改革委员会, 生成日期 2021-01-28, ' +
      'title matches): quote verbatim inside the list of indicators ' +
      '预计超额完成、能够完成年度目标. Preliminary estimate, lower bound.',
  },
  {
    id: 'industrial-enterprises-above-scale-2020-bjdfdc-500',
    target: 'industrial-enterprises-above-scale',
    year: 2020,
    yearStated: false,
    valueText: '超过500家',
    value: 500,
    unit: '家',
    reading: 'lower-bound',
    normalized: 500,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'new-in-year',
    quote: '净增规模以上工业企业超过500家',
    publisher: '南京市发展和改革委员会',
    title: '关于南京市2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告',
    published: '2021-01-28',
    url: 'https://bjdfdc.com/fgw/njsfzhggwyh/202102/t20210210_2823774',
    sourceKind: 'government-report',
    comparable: false,
    notComparableBecause: ['different-measure'],
    preferred: false,
    note:
      'Mirror of the 南京市发改委 page (fgw.nanjing.gov.cn path). Listed among ' +
      "indicators '预计超额完成、能够完成年度目标' — a preliminary estimate made in January " +
      '2021. Net annual increase, not the total number of 规上工业企业.',
    checked: 'exact',
    check:
      'Page found (bjdfdc.com mirror, 发布机构 南京市发展和改革委员会, 生成日期 2021-01-28, ' +
      'title matches): quote verbatim inside the list of indicators ' +
      '预计超额完成、能够完成年度目标. Net annual increase; comparable:false correct.',
  },
  {
    id: 'high-tech-enterprises-2020-nbs-6507',
    target: 'high-tech-enterprises',
    year: 2020,
    yearStated: false,
    valueText: '6507家',
    value: 6507,
    unit: '家',
    reading: 'exact',
    normalized: 6507,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote:
      '紫金山实验室成为国家实验室基地;高新技术企业达6507家、五年增长4.1倍,组建新型研发机构456家、孵化引进企业9000多家;',
    publisher: '南京广播电视台',
    title: '报告解读 “数读”南京大发展',
    published: '2021-10-27',
    url: 'http://www.nbs.cn/news/5/202110/t20211027_569742.html',
    sourceKind: 'media',
    comparable: true,
    preferred: false,
    note:
      "Figures quoted from the report to the city's 15th Party Congress (Oct " +
      '2021), reviewing the five years since the 14th congress. Year assumed ' +
      'to be end-2020 (latest annual recognition round before Oct 2021; ' +
      "consistent with '超6500家' in the 2020 plan-execution report) — the " +
      'sentence itself gives no year.',
    checked: 'exact',
    check:
      'Page found (nbs.cn 2021-10-27, 南京广播电视台, title 报告解读 “数读”南京大发展): quote ' +
      'verbatim. The page reviews the five years since the 14th Party ' +
      'Congress (report to the 15th). Year 2020 is an assumption (sentence ' +
      'gives no year), as the note says.',
  },
  {
    id: 'half-trillion-yuan-clusters-2021-nbs-1',
    target: 'half-trillion-yuan-clusters',
    year: 2021,
    asOf: '2021-10-27',
    yearStated: false,
    valueText: '1个5000亿',
    value: 1,
    unit: '个',
    reading: 'exact',
    normalized: 1,
    baseUnit: 'clusters',
    scope: '南京市',
    counts: 'total',
    quote:
      '形成1个5000亿和4个千亿级新兴产业集群,软件和信息服务、智能电网入选首批国家先进制造业集群,服务外包示范城市评价居全国第2位;',
    publisher: '南京广播电视台',
    title: '报告解读 “数读”南京大发展',
    published: '2021-10-27',
    url: 'http://www.nbs.cn/news/5/202110/t20211027_569742.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      "Figures quoted from the report to the city's 15th Party Congress (Oct " +
      '2021), reviewing the five years since the 14th congress. 新兴产业集群 at ' +
      'the 5000亿 level; target wording 创新型产业集群.',
    checked: 'exact',
    check:
      'Page found (nbs.cn 2021-10-27, 南京广播电视台, title 报告解读 “数读”南京大发展): quote ' +
      'verbatim. The page reviews the five years since the 14th Party ' +
      'Congress (report to the 15th).',
  },
  {
    id: 'half-trillion-yuan-clusters-2020-njsw-1',
    target: 'half-trillion-yuan-clusters',
    year: 2020,
    yearStated: true,
    valueText: '1个五千亿',
    value: 1,
    unit: '个',
    reading: 'exact',
    normalized: 1,
    baseUnit: 'clusters',
    scope: '南京市',
    counts: 'total',
    quote:
      '2020年,高新技术产业产值占规模以上工业总产值比重达53.4%,近五年年均增长8.9%,形成1个五千亿和4个千亿级新兴产业集群。',
    publisher: '中共南京市委 (njsw.gov.cn) — text of 《南京市“十四五”科技创新规划》',
    title: '南京印发《南京市“十四五”科技创新规划》',
    published: '2021-10-24',
    url: 'http://www.njsw.gov.cn/zyfb/swwj/202112/t20211209_3225953.html',
    sourceKind: 'government-report',
    comparable: true,
    preferred: true,
    note:
      'Baseline (2020) in the 十四五 science & technology plan. 新兴产业集群 at the ' +
      '五千亿 level; target wording 创新型产业集群.',
    checked: 'exact',
    check:
      'Page found (njsw.gov.cn, 发布时间 2021-10-24, title 南京印发《南京市“十四五”科技创新规划》): quote verbatim.',
  },
  {
    id: 'listed-companies-2023-handmsg-100',
    target: 'listed-companies',
    year: 2023,
    asOf: '2023-12-31',
    yearStated: false,
    valueText: '100~200家之間',
    value: 100,
    unit: '家',
    reading: 'range',
    normalized: 100,
    baseUnit: 'enterprises',
    scope: '南京市',
    counts: 'total',
    quote: '第三梯隊是南京、無錫、成都、寧波,上市公司數量在100~200家之間。',
    publisher: '南方周末科創力研究中心',
    title: null,
    published: '2024-06-24',
    url: 'http://m.handmsg.com/page/2024/0624/24361074.shtml',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['range-only'],
    preferred: false,
    note:
      'Only a range (100–200) for companies listed in A-share, Hong Kong or ' +
      'US markets with operating entity/controlling shareholder registered ' +
      "in Nanjing, as of 2023-12-31 (per the article's definition). value " +
      '100 is the lower bound of the stated range; not a point figure. ' +
      'Published date from URL path.',
    checked: 'exact',
    check:
      'Page found (m.handmsg.com 2024/0624, header 南方周末科創力研究中心): quote ' +
      'verbatim (traditional); as of 2023-12-31 per the article. Range only; ' +
      'comparable:false correct.',
  },
  {
    id: 'hundred-billion-yuan-parks-2023-163-4600',
    target: 'hundred-billion-yuan-parks',
    year: 2023,
    yearStated: true,
    valueText: '突破4600亿元',
    value: 4600,
    unit: '亿元',
    reading: 'lower-bound',
    normalized: 460000000000,
    baseUnit: 'yuan',
    scope: '江宁经济技术开发区 (南京市江宁区)',
    counts: 'amount',
    quote:
      '2023年规上工业总产值突破4600亿元,占江宁区经济总量的85%、南京市的四分之一,用全市6%的土地,贡献了全市四分之一的工业产出、五分之一的实际使用外资;',
    publisher: '网易号 self-media article (author not named in the text read)',
    title: null,
    published: null,
    url: 'https://m.163.com/dy/article/KMMDEUV605568E38.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['district', 'different-measure'],
    preferred: false,
    note:
      'Output of a single park (江宁开发区), showing it is far above the 千亿 level ' +
      'in 2023; not a count of 千亿级园区 city-wide. Self-media page of uncertain ' +
      'date (mentions 2024 ranking, so written 2025 or later) — low ' +
      'reliability; prefer an official source if found.',
    checked: 'exact',
    check:
      'Page found (m.163.com KMMDEUV605568E38): quote verbatim; undated ' +
      'self-media page. Single-park output, comparable:false correct.',
  },
  {
    id: 'high-tech-industry-output-share-2023-nanjiwang-55-1',
    target: 'high-tech-industry-output-share',
    year: 2023,
    asOf: '2023-06-30',
    yearStated: false,
    valueText: '55.1%',
    value: 55.1,
    unit: '%',
    reading: 'exact',
    normalized: 55.1,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote: '今年上半年,南京市高新技术产业产值占全市规模以上工业总产值比重达到55.1%',
    publisher: '交汇点',
    title: '南京晒出科技创新“半年报”:高新技术产业产值占比达55.1%',
    published: '2023-08-03',
    url: 'http://laowu.nanjiwang.cn/scdt/2023/0803/13753.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['part-year'],
    preferred: false,
    note:
      'Part-year (H1 2023) share, not the full-year figure; same definition ' +
      'as the target (高新技术产业产值占规上工业总产值比重). Page is a repost of 交汇点 (URL path ' +
      'suggests 2023-08-03); 南京市科技局-related repost rjg.njyh.cn (2023-08-04) ' +
      'gives the same 55.1%.',
    checked: 'exact',
    check:
      'Page found (laowu.nanjiwang.cn 13753, 交汇点): quote verbatim (clause of ' +
      'the sentence). H1 2023; comparable:false correct.',
  },
  {
    id: 'technology-contract-turnover-2023-nanjiwang-398',
    target: 'technology-contract-turnover',
    year: 2023,
    asOf: '2023-06-30',
    yearStated: false,
    valueText: '398亿元',
    value: 398,
    unit: '亿元',
    reading: 'exact',
    normalized: 39800000000,
    baseUnit: 'yuan',
    scope: '南京市',
    counts: 'amount',
    quote: '今年上半年,南京市技术合同成交额达398亿元,同比增长15.81%。',
    publisher: '交汇点',
    title: '南京晒出科技创新“半年报”:高新技术产业产值占比达55.1%',
    published: '2023-08-03',
    url: 'http://laowu.nanjiwang.cn/scdt/2023/0803/13753.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['part-year'],
    preferred: false,
    note:
      'Half-year (H1 2023) turnover, not a full-year figure; not comparable ' +
      'with the full-year 940亿元 target. Same figure also reported by 上证报 via ' +
      '国际金融报网 (http://768kc4p.cn/keji/2023/0804/186700.html).',
    checked: 'exact',
    check:
      'Page found (laowu.nanjiwang.cn 13753, 交汇点): quote verbatim. H1 2023 ' + 'turnover; comparable:false correct.',
  },
  {
    id: 'rd-expenditure-share-2022-kjj-nanjing-3-82',
    target: 'rd-expenditure-share',
    year: 2022,
    yearStated: true,
    valueText: '3.82%',
    value: 3.82,
    unit: '%',
    reading: 'exact',
    normalized: 3.82,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote: '2022年,全社会研发经费支出占GDP比重达3.82%',
    publisher: '南京市科学技术局',
    title: '《南京市“十四五”科技创新规划》实施中期评估情况',
    published: '2023-10-31',
    url: 'https://kjj.nanjing.gov.cn/njskxjswyh/202310/t20231031_4045027.html',
    sourceKind: 'government-department',
    comparable: true,
    preferred: true,
    checked: 'exact',
    check:
      'Page found (kjj.nanjing.gov.cn 2023-10-31, 发布机构 南京市科学技术局, title ' +
      'matches): quote verbatim. Year 2022 stated.',
  },
  {
    id: 'rd-expenditure-share-2020-njsw-3-48',
    target: 'rd-expenditure-share',
    year: 2020,
    yearStated: true,
    valueText: '3.48%',
    value: 3.48,
    unit: '%',
    reading: 'exact',
    normalized: 3.48,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote: '2020年,全社会研发经费支出515亿元,占GDP比重3.48%,科技进步贡献率66.5%。',
    publisher: '中共南京市委 (njsw.gov.cn) — text of 《南京市“十四五”科技创新规划》',
    title: '南京印发《南京市“十四五”科技创新规划》',
    published: '2021-10-24',
    url: 'http://www.njsw.gov.cn/zyfb/swwj/202112/t20211209_3225953.html',
    sourceKind: 'government-report',
    comparable: true,
    preferred: true,
    preferredBecause:
      'Later over earlier, both official: the 2021-10 science and technology ' +
      'plan gives the final 2020 figure (3.48%); the 2021-01 plan-execution ' +
      'report gave a preliminary estimate (3.38%).',
    preferredOver: ['rd-expenditure-share-2020-bjdfdc-3-38'],
    checked: 'exact',
    check:
      'Page found (njsw.gov.cn, 发布时间 2021-10-24, title ' +
      '南京印发《南京市“十四五”科技创新规划》): quote verbatim. Year 2020 stated.',
  },
  {
    id: 'high-tech-industry-output-share-2020-njsw-53-4',
    target: 'high-tech-industry-output-share',
    year: 2020,
    yearStated: true,
    valueText: '53.4%',
    value: 53.4,
    unit: '%',
    reading: 'exact',
    normalized: 53.4,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote:
      '2020年,高新技术产业产值占规模以上工业总产值比重达53.4%,近五年年均增长8.9%,形成1个五千亿和4个千亿级新兴产业集群。',
    publisher: '中共南京市委 (njsw.gov.cn) — text of 《南京市“十四五”科技创新规划》',
    title: '南京印发《南京市“十四五”科技创新规划》',
    published: '2021-10-24',
    url: 'http://www.njsw.gov.cn/zyfb/swwj/202112/t20211209_3225953.html',
    sourceKind: 'government-report',
    comparable: true,
    preferred: true,
    checked: 'exact',
    check:
      'Page found (njsw.gov.cn, 发布时间 2021-10-24, title ' +
      '南京印发《南京市“十四五”科技创新规划》): quote verbatim. Year 2020 stated.',
  },
  {
    id: 'technology-contract-turnover-2020-njsw-686-82',
    target: 'technology-contract-turnover',
    year: 2020,
    yearStated: false,
    valueText: '686.82亿元',
    value: 686.82,
    unit: '亿元',
    reading: 'exact',
    normalized: 68682000000,
    baseUnit: 'yuan',
    scope: '南京市',
    counts: 'amount',
    quote: '全市累计完成技术合同成交额686.82亿元,位居全省第一;',
    publisher: '中共南京市委 (njsw.gov.cn) — text of 《南京市“十四五”科技创新规划》',
    title: '南京印发《南京市“十四五”科技创新规划》',
    published: '2021-10-24',
    url: 'http://www.njsw.gov.cn/zyfb/swwj/202112/t20211209_3225953.html',
    sourceKind: 'government-report',
    comparable: true,
    preferred: true,
    note:
      'The sentence itself does not name the year; it follows ' +
      "'2020年,高新技术产业产值…' in the same 发展基础 paragraph, so it is read as the " +
      "2020 figure. '累计完成' is read as the year's cumulative total, not a " +
      'multi-year sum — verify against another source if possible.',
    checked: 'exact',
    check:
      'Page found (njsw.gov.cn, 发布时间 2021-10-24, title ' +
      '南京印发《南京市“十四五”科技创新规划》): quote verbatim. Year not stated in the ' +
      'sentence (paragraph opens “十三五”以来; 2020 reading is an inference); 累计 ' +
      'ambiguous as noted — keep with caution.',
  },
  {
    id: 'high-value-patents-per-10k-people-2020-njsw-82-86',
    target: 'high-value-patents-per-10k-people',
    year: 2020,
    yearStated: false,
    valueText: '82.86件',
    value: 82.86,
    unit: '件',
    reading: 'exact',
    normalized: 82.86,
    baseUnit: 'patents',
    scope: '南京市',
    counts: 'total',
    quote: '每万人发明专利拥有量达82.86件,位居全国第三。',
    publisher: '中共南京市委 (njsw.gov.cn) — text of 《南京市“十四五”科技创新规划》',
    title: '南京印发《南京市“十四五”科技创新规划》',
    published: '2021-10-24',
    url: 'http://www.njsw.gov.cn/zyfb/swwj/202112/t20211209_3225953.html',
    sourceKind: 'government-report',
    comparable: false,
    notComparableBecause: ['different-definition'],
    preferred: false,
    note:
      '每万人发明专利拥有量 (all invention patents) is not 每万人口高价值发明专利拥有量; year read ' +
      'from paragraph context (2020).',
    checked: 'exact',
    check:
      'Page found (njsw.gov.cn, 发布时间 2021-10-24, title ' +
      '南京印发《南京市“十四五”科技创新规划》): quote verbatim. 每万人发明专利拥有量 (all invention ' +
      'patents) ≠ high-value; comparable:false correct.',
  },
  {
    id: 'rd-expenditure-share-2021-jinbaonet-3-6',
    target: 'rd-expenditure-share',
    year: 2021,
    yearStated: true,
    valueText: '3.6%',
    value: 3.6,
    unit: '%',
    reading: 'exact',
    normalized: 3.6,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote:
      '全社会研发投入从2012年的209.97亿元增长到2021年的588亿元,研发投入强度从2012年的2.92%增长到2021年的3.6%,科' +
      '技进步贡献率提升到2021年的67.6%',
    publisher:
      'm.jinbaonet.com (outlet not named in the text read; the 央广网 ' +
      'attribution came from the unfound djxww.com copy)',
    title: null,
    published: '2022-06-24',
    url: 'http://m.jinbaonet.com/dzb/pinglun/2022/0624/100073111.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      "央广网 report (6月23日) of the 2022-06-23 '奋进新南京 建功新时代' innovation press " +
      'conference (市科技局 etc.), reposted on djxww.com. Same figures also in ' +
      'm.jinbaonet.com/dzb/pinglun/2022/0624/100073111.html. On re-reading: ' +
      'Verified on m.jinbaonet.com (published date from URL path 2022/0624); ' +
      'the djxww.com copy was not found.',
    checked: 'corrected',
    check:
      'Recorded page (m.djxww.com/xmt/2022/0624/69180.html) not found when ' +
      're-read; the quote appears verbatim on m.jinbaonet.com/dzb/pinglun/202' +
      '2/0624/100073111.html (an alternate copy), which does not name 央广网 in ' +
      'the text read. url/publisher switched to the page actually verified.',
  },
  {
    id: 'high-tech-industry-output-share-2021-jxdczy-55-1',
    target: 'high-tech-industry-output-share',
    year: 2021,
    yearStated: false,
    valueText: '55.1%',
    value: 55.1,
    unit: '%',
    reading: 'exact',
    normalized: 55.1,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote:
      '高新技術(shù)產(chǎn)業(yè)產(chǎn)值總量持續(xù)提升,占全市規(guī)上工業(yè)企業(yè)總產(chǎn)' +
      '值的比重達55.1%,比上年提升1.7個百分點。',
    publisher: '高新院 achie.org (citing 南京市统计局)',
    title: '同比增長16.6%!南京高新技術產業發展駛入“快車道”',
    published: '2022-02-25',
    url: 'http://jxdczy.com/news/cygh/2022/0225/14034.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      'Repost in traditional characters with pinyin annotations embedded in ' +
      'the page text (copied as shown). Data attributed to 南京市统计局. Note: ' +
      '53.4% (2020) + 1.7 pts = 55.1%, consistent with the 2020 figure.',
    checked: 'exact',
    check:
      'Page found (jxdczy.com 2022/0225, 來源 高新院 achie.org, 日期 2022-02-25; ' +
      'text says 南京市統計局…2021年): quote verbatim incl. embedded pinyin. The ' +
      'page title as displayed also carries pinyin annotations; the record ' +
      'gives a cleaned form (left as is).',
  },
  {
    id: 'talent-pool-2021-021cf-356',
    target: 'talent-pool',
    year: 2021,
    yearStated: false,
    valueText: '356万人',
    value: 356,
    unit: '万人',
    reading: 'exact',
    normalized: 3560000,
    baseUnit: 'people',
    scope: '南京市',
    counts: 'total',
    quote:
      '据统计部门数据,十年来,南京人才资源总量从170万人增加到356万人,越来越多的高水平人才选择南京,源自对“宁”创新环境的认可。',
    publisher: '中新网江苏',
    title: '数读南京:创新底气带来“宁”发展的深刻变革',
    published: '2022-09-16',
    url: 'http://nanjing.021cf.cn/index.php/post/7423.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      "Year not stated in the sentence: '十年来' in a 中新网江苏 article dated 9月16日 " +
      '(2022) whose other figures run 2012–2021, so read as the latest (c. ' +
      '2021) stock; treat year as approximate.',
    checked: 'exact',
    check:
      'Page found (nanjing.021cf.cn post 7423): title matches, dateline ' +
      '中新网江苏新闻9月16日电 (year 2022 inferred); quote verbatim. 十年来 stock, year ' +
      'approximate as noted.',
  },
  {
    id: 'new-rd-institutions-2022-021cf-400',
    target: 'new-rd-institutions',
    year: 2022,
    yearStated: false,
    valueText: '400余家',
    value: 400,
    unit: '家',
    reading: 'lower-bound',
    normalized: 400,
    baseUnit: 'institutions',
    scope: '南京市',
    counts: 'total',
    quote:
      '十年间,南京组建了400余家新兴研发机构,人才团队平均持股56%,孵化了9000余家科技人才企业,集聚了14500多名科研及管理人才。',
    publisher: '中新网江苏',
    title: '数读南京:创新底气带来“宁”发展的深刻变革',
    published: '2022-09-16',
    url: 'http://nanjing.021cf.cn/index.php/post/7423.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-definition', 'cumulative'],
    preferred: false,
    note:
      'Cumulative count of all (备案) new R&D institutions formed over ten ' +
      "years, not the plan's 'high-level' new R&D institutions (target ~40). " +
      'Article dated 9月16日 (2022); stock date not stated.',
    checked: 'exact',
    check:
      'Page found (nanjing.021cf.cn post 7423): title matches, dateline ' +
      '中新网江苏新闻9月16日电 (year 2022 inferred); quote verbatim. 400余家 新兴研发机构 over ' +
      'ten years; comparable:false correct.',
  },
  {
    id: 'national-innovation-pilot-zones-2022-nanjing-1',
    target: 'national-innovation-pilot-zones',
    year: 2022,
    yearStated: false,
    valueText: '国家人工智能创新应用先导区',
    value: 1,
    unit: '个',
    reading: 'named-items',
    normalized: 1,
    baseUnit: 'pilot-zones',
    scope: '南京市',
    counts: 'total',
    quote:
      '去年9月,工业和信息化部复函江苏省人民政府,支持南京创建国家人工智能创新应用先导区,成为江苏唯一,全国第9个获批城市。',
    publisher: '南京市工业和信息化局 (来源:市工信局)',
    title: '对市政协十五届一次会议第0009号提案的答复(关于高标准建设人工智能创新应用先导区的建议)',
    published: '2023-07-25',
    url: 'https://www.nanjing.gov.cn/xxgkn/jytabljggk/2023njytabl/shizxta/202311' + '/t20231127_4107370.html',
    sourceKind: 'government-department',
    comparable: false,
    notComparableBecause: ['different-definition'],
    preferred: false,
    note:
      'No numeral in the source: one named national pilot zone approved for ' +
      'creation (获批创建) in Sept 2022; value 1 = the single zone named. It is ' +
      'approval to create, not a completed (建成) zone. 人民网-江苏频道 2022-10-08 ' +
      "also reports '工業和信息化部正式復函江蘇省人民政府,支持南京創建國家人工智能創新應用先導區'. On re-reading: " +
      'valueText trimmed to the words that appear in the quote.',
    checked: 'corrected',
    check:
      'Page found (nanjing.gov.cn, 发布时间 2023-07-25, 来源 市工信局, title matches): ' +
      'quote verbatim. valueText corrected: the recorded text with the ' +
      'parenthetical is not in the quote; set to the words as written.',
  },
  {
    id: 'co2-intensity-reduction-2020-yh23456-22',
    target: 'co2-intensity-reduction',
    year: 2020,
    yearStated: false,
    valueText: '超22%',
    value: 22,
    unit: '%',
    reading: 'lower-bound',
    normalized: 22,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'growth',
    quote:
      '“十三五”以來(lái),南京PM2.5平均濃度累計(jì)下降45.6%,全市域基本消除劣Ⅴ類水體,碳排放強(qiáng)度累計(jì)下降超22%……',
    publisher: '江蘇省生態環境廳 (page header); figures from 南京市生态环境局 press briefing',
    title: '南京打出減污降碳組合拳',
    published: '2021-08-30',
    url: 'http://yh23456.com/news/news-1120828-1.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-period'],
    preferred: false,
    note:
      'Reduction (not growth) of carbon-emission intensity, cumulative over ' +
      "the 13th FYP (2016–2020), '超22%' = more than 22%. Different base " +
      "period from the plan's 20% reduction target, so baseline context " +
      'only. Page text is traditional with embedded pinyin annotations, ' +
      'copied as shown.',
    checked: 'exact',
    check:
      'Page found (yh23456.com, 2021-08-30, header 江蘇省生態環境廳, title ' +
      '南京打出減污降碳組合拳): quote verbatim incl. pinyin. A cumulative 13th-FYP ' +
      'reduction, counted as growth with value 22 meaning −22%; ' +
      'comparable:false correct.',
  },
  {
    id: 'digital-economy-share-2022-sc-rh-15-9',
    target: 'digital-economy-share',
    year: 2022,
    asOf: '2022-08-31',
    yearStated: false,
    valueText: '15.9%',
    value: 15.9,
    unit: '%',
    reading: 'exact',
    normalized: 15.9,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote: '特别是今年1月至8月,数字经济核心产业增加值占GDP比重达到15.9%,居全省第一',
    publisher:
      'finance.sc-rh.com (original publisher not named in the text read; ' +
      'reported at the 2022 中国南京金秋经贸洽谈会)',
    title: '2022中国南京金秋经贸洽谈会开幕 35个重大项目集中签约',
    published: '2022-09-06',
    url: 'http://finance.sc-rh.com/finance/20220906/400279111.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['part-year'],
    preferred: false,
    note:
      'Part-year (January–August 2022) figure as stated in the article, not ' +
      'a full-year share; use only as an indication. No full-year 2021–2024 ' +
      'figure found.',
    checked: 'exact',
    check:
      'Page found (finance.sc-rh.com 20220906): title matches; quote ' +
      'verbatim; no date shown (published from URL path). Jan–Aug 2022; ' +
      'comparable:false correct.',
  },
  {
    id: 'national-innovation-centres-2023-kjj-nanjing-2',
    target: 'national-innovation-centres',
    year: 2023,
    asOf: '2023-10-31',
    yearStated: false,
    valueText: '创成国家集成电路设计自动化技术创新中心、国家第三代半导体技术创新中心(南京)',
    value: 2,
    unit: '家',
    reading: 'named-items',
    normalized: 2,
    baseUnit: 'innovation-centres',
    scope: '南京市',
    counts: 'total',
    quote: '创成国家集成电路设计自动化技术创新中心、国家第三代半导体技术创新中心(南京)。',
    publisher: '南京市科学技术局',
    title: '《南京市“十四五”科技创新规划》实施中期评估情况',
    published: '2023-10-31',
    url: 'https://kjj.nanjing.gov.cn/njskxjswyh/202310/t20231031_4045027.html',
    sourceKind: 'government-department',
    comparable: false,
    notComparableBecause: ['partial-count'],
    preferred: false,
    note:
      'No numeral in the source: two national technology innovation centres ' +
      'are named (value 2 = count of names, covering the 十四五 period to ' +
      'date). The sentence does not say whether other national 产业/制造业创新中心 ' +
      "exist; '国家第三代半导体技术创新中心(南京)' is the Nanjing platform of that centre. " +
      "Not a full count against the plan's '5家以上'.",
    checked: 'exact',
    check:
      'Page found (kjj.nanjing.gov.cn 2023-10-31, 发布机构 南京市科学技术局, title ' +
      'matches): quote verbatim. Two centres named; comparable:false correct.',
  },
  {
    id: 'national-innovation-centres-2022-jschina-1',
    target: 'national-innovation-centres',
    year: 2022,
    yearStated: true,
    valueText: '国家集成电路设计自动化技术创新中心',
    value: 1,
    unit: '家',
    reading: 'named-items',
    normalized: 1,
    baseUnit: 'innovation-centres',
    scope: '南京市(江北新区)',
    counts: 'new-in-year',
    quote:
      '2022年12月30日,科技部正式批复同意国家集成电路设计自动化技术创新中心(简称“EDA国创中心”)在南京建设,落地江北新区。',
    publisher: '交汇点/江苏国际在线 (gjzx.jschina.com.cn)',
    title: null,
    published: null,
    url: 'http://gjzx.jschina.com.cn/20215/202302/t20230207_7820318.shtml',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['partial-count'],
    preferred: false,
    note:
      'Event (approval to build one named national technology innovation ' +
      'centre), no numeral; URL path suggests 2023-02-07. Another page ' +
      "(pinhui.wang) says it is '迄今为止南京市首个牵头建设的领域类国家技术创新中心'.",
    checked: 'exact',
    check:
      'Page found (gjzx.jschina.com.cn 202302): quote verbatim; the text ' +
      'read shows no publisher/title/date line (publisher inferred from ' +
      'domain).',
  },
  {
    id: 'national-innovation-centres-2021-ca168-1',
    target: 'national-innovation-centres',
    year: 2021,
    yearStated: true,
    valueText: '国家第三代半导体技术创新中心(南京)',
    value: 1,
    unit: '家',
    reading: 'named-items',
    normalized: 1,
    baseUnit: 'innovation-centres',
    scope: '南京市(江宁开发区)',
    counts: 'new-in-year',
    quote: '6月21日,2021南京创新周正式开幕,会上,国家第三代半导体技术创新中心(南京)正式揭牌,落地江宁开发区。',
    publisher: 'ca168.com (中国自动化网?) — original publisher not named in the text read',
    title: null,
    published: null,
    url: 'https://news.ca168.com/202106/111319.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['partial-count'],
    preferred: false,
    note:
      'Event (unveiling of the Nanjing platform of the national ' +
      'third-generation semiconductor technology innovation centre on ' +
      '2021-06-21), no numeral; baseline-year context.',
    checked: 'exact',
    check: 'Page found (news.ca168.com 202106): quote verbatim; no publisher/title in text read.',
  },
  {
    id: 'high-tech-industry-output-share-2023-tigerandtech-56',
    target: 'high-tech-industry-output-share',
    year: 2023,
    asOf: '2023-11-30',
    yearStated: true,
    valueText: '56%Above',
    value: 56,
    unit: '%',
    reading: 'lower-bound',
    normalized: 56,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote:
      "From January to November 2023, the city's high-tech output value " +
      'accounted for the proportion of the industrial output value on the ' +
      'statute-book56%Above.',
    publisher:
      'tigerandtech.com (English machine-translated repost of a Nanjing S&T ' +
      "bureau item, '南京高企科小培育“双过万”')",
    title: 'Nanjing high enterprises, science and small cultivation "double over 10,000"',
    published: null,
    url: 'https://www.tigerandtech.com/en/nan_jing_gao_qi_ke_xiao_pei_yu_shuang_guo_wan/',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['part-year'],
    preferred: false,
    note:
      'Only an English machine translation was found (Chinese original not ' +
      'in the store); the quote is that English text verbatim. Part-year ' +
      "(Jan–Nov 2023) and a lower bound ('56%以上' = above 56%), so not a " +
      'full-year value; indicates 2023 share >56% vs target 54.3%.',
    checked: 'exact',
    check:
      'Page found (www.tigerandtech.com nan_jing_gao_qi_ke_xiao_pei_yu_shuang' +
      '_guo_wan): English title and text verbatim (machine-translation ' +
      'spacing as shown); undated. Jan–Nov 2023, lower bound; ' +
      'comparable:false correct.',
  },
  {
    id: 'manufacturing-value-added-share-2022-baitongwang-29',
    target: 'manufacturing-value-added-share',
    year: 2022,
    yearStated: false,
    valueText: '29%左右',
    value: 29,
    unit: '%',
    reading: 'approximate',
    normalized: 29,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote: '但同时,近几年制造业增加值占GDP的比重徘徊在29%左右,与苏州、无锡等省内兄弟城市相比仍有提升空间。',
    publisher: '澎湃新闻',
    title: '【全球独家】南京发布产业强市行动计划,助推“十四五”末GDP超2万亿',
    published: '2023-06-17',
    url: 'http://wh.baitongwang.com/wudaqu/2023/0617/17168.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['approximate'],
    preferred: false,
    note:
      "Approximate ('左右') description of recent years up to mid-2023, not " +
      'tied to one year; year 2022 set as the latest completed year at ' +
      'publication. Use only as context.',
    checked: 'corrected',
    check:
      'Page found (wh.baitongwang.com 2023/0617, 时间 2023-06-17, 来源 澎湃新闻): ' +
      'quote verbatim. Title corrected: page shows ' +
      '【全球独家】南京发布产业强市行动计划,助推“十四五”末GDP超2万亿. Approximate; comparable:false ' +
      'correct.',
  },
  {
    id: 'rd-expenditure-share-2020-bjdfdc-3-38',
    target: 'rd-expenditure-share',
    year: 2020,
    yearStated: false,
    valueText: '3.38%',
    value: 3.38,
    unit: '%',
    reading: 'exact',
    normalized: 3.38,
    baseUnit: 'percent',
    scope: '南京市',
    counts: 'share',
    quote: '全社会研发经费支出占地区生产总值比重3.38%',
    publisher: '南京市发展和改革委员会',
    title: '关于南京市2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告',
    published: '2021-01-28',
    url: 'https://bjdfdc.com/fgw/njsfzhggwyh/202102/t20210210_2823774',
    sourceKind: 'government-report',
    comparable: true,
    preferred: false,
    note:
      "Listed among indicators '预计超额完成、能够完成年度目标' — a preliminary estimate " +
      'made in January 2021. Disagrees with the 3.48% for 2020 given later ' +
      'in the 《南京市“十四五”科技创新规划》 (njsw.gov.cn, 2021-10-24); keep both, prefer ' +
      'the later 3.48% as final. Page is a mirror of the Nanjing government ' +
      'site.',
    checked: 'exact',
    check:
      'Page found (bjdfdc.com mirror, 发布机构 南京市发展和改革委员会, 生成日期 2021-01-28, ' +
      'title matches): quote verbatim inside the list of indicators ' +
      '预计超额完成、能够完成年度目标. Preliminary estimate; disagreement with 3.48% ' +
      '(final) correctly kept.',
  },
  {
    id: 'new-rd-institutions-2020-bjdfdc-113',
    target: 'new-rd-institutions',
    year: 2020,
    yearStated: false,
    valueText: '113家',
    value: 113,
    unit: '家',
    reading: 'exact',
    normalized: 113,
    baseUnit: 'institutions',
    scope: '南京市',
    counts: 'new-in-year',
    quote: '新增市级新型研发机构113家',
    publisher: '南京市发展和改革委员会',
    title: '关于南京市2020年国民经济和社会发展计划执行情况与2021年国民经济和社会发展计划草案的报告',
    published: '2021-01-28',
    url: 'https://bjdfdc.com/fgw/njsfzhggwyh/202102/t20210210_2823774',
    sourceKind: 'government-report',
    comparable: false,
    notComparableBecause: ['different-definition'],
    preferred: false,
    note:
      'New municipal-level (市级) new R&D institutions in 2020 (preliminary, ' +
      'from the list of indicators expected to meet annual targets); not the ' +
      "plan's 'high-level' new R&D institutions.",
    checked: 'exact',
    check:
      'Page found (bjdfdc.com mirror, 发布机构 南京市发展和改革委员会, 生成日期 2021-01-28, ' +
      'title matches): quote verbatim inside the list of indicators ' +
      '预计超额完成、能够完成年度目标. 市级 new R&D institutions; comparable:false correct.',
  },
  {
    id: 'new-rd-institutions-2021-nbs-456',
    target: 'new-rd-institutions',
    year: 2021,
    asOf: '2021-10-27',
    yearStated: false,
    valueText: '456家',
    value: 456,
    unit: '家',
    reading: 'exact',
    normalized: 456,
    baseUnit: 'institutions',
    scope: '南京市',
    counts: 'total',
    quote: '组建新型研发机构456家、孵化引进企业9000多家',
    publisher: '南京广播电视台',
    title: '报告解读 “数读”南京大发展',
    published: '2021-10-27',
    url: 'http://www.nbs.cn/news/5/202110/t20211027_569742.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-definition', 'cumulative'],
    preferred: false,
    note:
      'Cumulative over the five years since the 14th Party Congress (c. ' +
      '2016–2021), as reported in the interpretation of the report to the ' +
      "15th Party Congress; all new R&D institutions formed, not the plan's " +
      "'high-level' ones. Same article: '全社会研发经费支出占GDP比重从2.96%提升至3.48%' " +
      '(corroborates 2020 = 3.48%).',
    checked: 'corrected',
    check:
      'Page found (nbs.cn 2021-10-27, 南京广播电视台, title 报告解读 “数读”南京大发展): quote ' +
      'verbatim. The page reviews the five years since the 14th Party ' +
      'Congress (report to the 15th). Publisher corrected (the page ' +
      'interprets the report to the 15th Party Congress, not the 14th) and ' +
      'note corrected: the five years are since the 14th (not 13th) Party ' +
      'Congress.',
  },
  {
    id: 'overseas-talent-growth-2022-jschina-7500',
    target: 'overseas-talent-growth',
    year: 2022,
    asOf: '2022-12-31',
    yearStated: true,
    valueText: '7500多人',
    value: 7500,
    unit: '人',
    reading: 'lower-bound',
    normalized: 7500,
    baseUnit: 'people',
    scope: '南京市',
    counts: 'total',
    quote: '截至2022年,南京留交会累计引进海内外人才7500多人,促成2600多个项目落地,成为海内外人才交流的一张靓丽名片。',
    publisher: '中国江苏网 (economy.jschina.com.cn)',
    title: null,
    published: null,
    url: 'https://economy.jschina.com.cn/rddt/202307/t20230705_3243989.shtml',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['different-definition', 'cumulative'],
    preferred: false,
    note:
      "Cumulative since 2008 through the 留交会 (Overseas Chinese Scholars' " +
      'fair) only, and counts both overseas and domestic (海内外) talent; not ' +
      'an annual count of overseas talent introduced, so no growth rate can ' +
      'be read from it. URL path suggests 2023-07-05.',
    checked: 'exact',
    check:
      'Page found (economy.jschina.com.cn 202307): quote verbatim; ' +
      'publisher/date not shown in text read (date from URL path). ' +
      'Cumulative since 2008, 海内外; comparable:false correct.',
  },
  {
    id: 'talent-pool-2024-yuhaojiang-415',
    target: 'talent-pool',
    year: 2024,
    yearStated: true,
    valueText: '415万人',
    value: 415,
    unit: '万人',
    reading: 'exact',
    normalized: 4150000,
    baseUnit: 'people',
    scope: '南京市',
    counts: 'total',
    quote: '数据显示,2024年,南京人才资源总量达415万人,同比增长8.9%,其中,高层次人才近46万人。',
    publisher: 'yuhaojiang.com repost (original publisher not named in the text read)',
    title: '江苏南京:为人才搭建施展才干的舞台',
    published: '2025-06-01',
    url: 'https://www.yuhaojiang.com/redian/871275.html',
    sourceKind: 'media',
    comparable: true,
    preferred: true,
    note:
      '2024 stock exceeds the plan target of 400万人. Same sentence also gives ' +
      'growth 8.9% y/y (2023 level not stated; not computed here). Repost ' +
      'site; original outlet not identified.',
    checked: 'exact',
    check:
      'Page found (yuhaojiang.com 871275, title 江苏南京:为人才搭建施展才干的舞台, ' +
      '2025-06-01): quote verbatim. Year 2024 stated.',
  },
  {
    id: 'overseas-talent-growth-2024-people-10',
    target: 'overseas-talent-growth',
    year: 2024,
    asOf: '2024-05-18',
    yearStated: false,
    valueText: '突破10萬名',
    value: 10,
    unitAsWritten: '萬名',
    unit: '万人',
    reading: 'lower-bound',
    normalized: 100000,
    baseUnit: 'people',
    scope: '南京市',
    counts: 'total',
    quote: '累計引進留學歸國人才突破10萬名',
    publisher: '人民網-江蘇頻道',
    title: '在校大學生首超百萬人 南京發布人才政策禮包',
    published: '2024-05-19',
    url: 'http://js.people.com.cn/BIG5/n2/2024/0519/c360307-40848743.html',
    sourceKind: 'media',
    comparable: false,
    notComparableBecause: ['cumulative'],
    preferred: false,
    note:
      "Cumulative stock of returned overseas students introduced ('累计', " +
      '>10万), stated by the Nanjing Party Secretary at the 2024 南京人才日 on ' +
      '2024-05-18; not an annual intake, so no annual growth rate can be ' +
      'derived. Page is in traditional characters (BIG5 edition).',
    checked: 'exact',
    check:
      'Page found (js.people.com.cn BIG5 2024/0519, 人民網-江蘇頻道, 2024-05-19, ' +
      'title matches): quote verbatim (sentence continues with ﹔). ' +
      'Cumulative; comparable:false correct.',
  },
] as const satisfies readonly Observation[];

/** Targets with a figure in the plan for which no published figure was found, with what was searched. */
export const targetsWithoutFigureRecords = [
  {
    target: 'new-headquarters-enterprises',
    searched: [
      '南京 总部企业 新增 认定 家 累计 总部经济 2023',
      '南京 总部企业 认定 市级总部企业 名单 新增 家 总数达',
      '南京市总部经济发展三年行动计划(2022—2024年) 总部企业 新引进 家 认定结果',
      '南京 新认定 总部企业 家 市级总部企业名单公布',
      '南京 总部经济 总部企业 数量 累计 引进 2024年 区域总部 功能性总部',
    ],
    seen:
      'The 2022 headquarters action plan (targets, no outturn), a 2023-08 ' +
      'notice that recognition had opened (no count), and one signing event ' +
      'with 8 headquarters projects (a single event, not a yearly or ' +
      'cumulative count).',
  },
  {
    target: 'service-manufacturing-integration-demonstrations',
    searched: [
      '南京 两业融合 试点 示范 区域 企业 先进制造业和现代服务业融合发展 家',
      '南京 “两业”融合发展 示范企业 示范区域 认定 省级 两业融合试点 南京 家',
      '南京市推动先进制造业和现代服务业深度融合发展示范行动实施方案 主要目标 到2025年 示范企业 示范区域 家',
      '江苏省两业融合试点名单 南京 入选 企业 区域 家 省发改委 公布',
      '江苏省先进制造业和现代服务业融合发展标杆引领典型 南京 入选 企业 名单',
    ],
    seen: "Only the city's 2022-12-17 implementation plan, which states goals and no counts.",
  },
  {
    target: 'fifty-billion-yuan-parks',
    searched: [
      '南京 千亿级园区 五百亿级园区 开发园区 营收 江宁开发区 江北新区',
      '南京 开发园区 营业收入超千亿元 园区 个 全市开发园区 高质量发展',
      '江宁开发区 千亿级园区 营业收入 突破 千亿 2023年',
      '南京 营收超千亿元园区 五百亿级园区 数量 开发园区考核 2023年',
      '南京 五百亿级园区 千亿级园区 培育 建成 产业园区 营收 家',
    ],
    seen: 'No page gave a count (or the revenue) of Nanjing parks at the 500亿 level.',
  },
  {
    target: 'rd-personnel-per-10k-workers',
    searched: [
      '南京 每万名就业人员中研发人员 全时当量 人年',
      '南京 每万名劳动者 研发人员 人年 创新型城市 指标',
      '南京 研发人员全时当量 万人年 全社会',
    ],
    seen:
      'Only rankings with no value (a 2023 national innovative-city report ' +
      'ranks Nanjing 3rd) and national or provincial tables.',
  },
  {
    target: 'non-fossil-energy-share',
    searched: ['南京 非化石能源占一次能源消费比重', '南京 非化石能源 光伏装机 消费比重 提高 百分点 能源结构 2023年'],
    seen:
      "A 2022 article says only that Nanjing's non-fossil share of energy " +
      'consumption is below the provincial average, with no number.',
  },
  {
    target: 'industrial-land',
    searched: [
      '南京 确保300平方公里工业用地 40平方公里科研用地',
      '南京 工业用地控制线 平方公里 划定 工业用地保护',
      '南京市工业用地规模不低于 平方公里 产业用地保障线',
      '南京 工业用地规模稳定 工业用地底线 产业用地保护区 划定 平方公里 南京市规划资源局',
    ],
    seen: 'Only a district share (溧水区 产业用地占比提高至28%), not an area, so not kept.',
  },
  {
    target: 'research-land',
    searched: ['南京 确保300平方公里工业用地 40平方公里科研用地', '南京 科研用地 平方公里 保障 创新空间'],
    seen: 'Nothing.',
  },
  {
    target: 'urban-industrial-parks-per-district',
    searched: [
      '南京 都市工业园区 特色都市工业楼宇 主城区 认定',
      '南京 首批 都市工业园 都市工业楼宇 名单 鼓楼 秦淮 玄武',
      '南京 都市工业 楼宇工业 主城区 发展都市工业',
      '南京 新型都市工业示范园区 都市工业楼宇 已建成 个 产值',
      '鼓楼区 都市工业 园区 楼宇 个 建成 秦淮区 都市工业楼宇',
    ],
    seen:
      'A 2020 plan target (5 urban-industry demonstration parks in the main ' +
      'urban area: a target, not an outturn) and single named parks; no ' +
      'count of parks built.',
  },
  {
    target: 'urban-industrial-buildings-per-district',
    searched: [
      '南京 都市工业园区 特色都市工业楼宇 主城区 认定',
      '南京 首批 都市工业园 都市工业楼宇 名单 鼓楼 秦淮 玄武',
      '南京 都市工业 楼宇工业 主城区 发展都市工业',
      '南京 新型都市工业示范园区 都市工业楼宇 已建成 个 产值',
      '鼓楼区 都市工业 园区 楼宇 个 建成 秦淮区 都市工业楼宇',
    ],
    seen:
      'The same 2020 plan target (15 urban-industry buildings: a target, not ' + 'an outturn); no count of buildings.',
  },
] as const satisfies readonly TargetWithoutFigures[];

/** Figures the research recorded that are not in the dataset, and why. */
export const leftOutFigureRecords = [
  {
    target: 'manufacturing-value-added-share',
    year: 2021,
    valueText: '29.2%',
    url: 'https://fx361.cc/page/2022/0917/16597140.shtml',
    why:
      'Neither the page nor the sentence could be found again when the quote ' +
      'was re-read against its page: unverified.',
  },
  {
    target: 'technology-contract-turnover',
    year: 2021,
    valueText: '752.38亿元',
    url: 'http://m.djxww.com/xmt/2022/0624/69180.html',
    why:
      'Neither the page nor the sentence could be found again on re-reading: ' +
      'unverified. Another page gives the same figure in other words; it was ' +
      'not read sentence by sentence, so it is not used either.',
  },
  {
    target: 'new-rd-institutions',
    year: 2021,
    valueText: '401家',
    url: 'http://m.djxww.com/xmt/2022/0624/69180.html',
    why: 'Neither the page nor the sentence could be found again on re-reading: unverified.',
  },
] as const satisfies readonly LeftOutFigure[];
