import { describe, expect, it } from 'vitest';
import { plan, type Unit } from '../../src/index.js';
import { seedLines } from './_seed.js';

const byName = new Map<string, Unit>(plan.units.map((unit) => [unit.name, unit]));
const tasksOf = (name: string) =>
  plan.tasks
    .filter((task) => (task.leadUnits as readonly string[]).includes(byName.get(name)!.id))
    .map((task) => task.number);

describe('responsible units, read again from the 责任单位 lines', () => {
  // An independent reading: every 责任单位 line in order, split at the ASCII comma, then at 、.
  const lines = seedLines.filter((line) => line.startsWith('责任单位:'));
  const read = lines.map((line) => {
    const [municipal = '', district] = line.slice('责任单位:'.length).split(',');
    return { municipal: municipal.split('、'), district: district === undefined ? [] : district.split('、') };
  });

  it('are listed for each of the 32 tasks, 128 names in all', () => {
    expect(lines).toHaveLength(32);
    expect(read.flatMap((entry) => [...entry.municipal, ...entry.district])).toHaveLength(128);
  });

  it('are the units of each task, in the order written', () => {
    plan.tasks.forEach((task, index) => {
      const names = task.leadUnits.map((id) => plan.units.find((unit) => unit.id === id)!.name);
      expect(names, `task ${task.number}`).toEqual([...read[index]!.municipal, ...read[index]!.district]);
    });
  });

  it('are district-level exactly when written after the ASCII comma', () => {
    const district = new Set(read.flatMap((entry) => entry.district));
    expect([...district]).toEqual(['相关区(园区)', '浦口区', '溧水区']);
    for (const unit of plan.units)
      expect(unit.tier, unit.name).toBe(district.has(unit.name) ? 'district' : 'municipal');
  });

  it('form a registry of the 35 distinct names, in order of first appearance', () => {
    const distinct = [...new Set(read.flatMap((entry) => [...entry.municipal, ...entry.district]))];
    expect(plan.units.map((unit) => unit.name)).toEqual(distinct);
  });
});

describe('unit facts', () => {
  it('市科技局 is named on 23 tasks and is the primary lead of tasks 1, 16, 18 and 19', () => {
    expect(tasksOf('市科技局')).toEqual([
      1, 4, 5, 6, 7, 8, 9, 13, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 27, 28, 30, 31, 32,
    ]);
    const id = byName.get('市科技局')!.id;
    expect(plan.tasks.filter((task) => task.leadUnits[0] === id).map((task) => task.number)).toEqual([1, 16, 18, 19]);
  });

  it('市工信局 is named on 22 tasks and 市发改委 on 15', () => {
    expect(tasksOf('市工信局')).toHaveLength(22);
    expect(tasksOf('市发改委')).toHaveLength(15);
  });

  // Read by hand: id, English name, kind, tier (from the comma) and the full name where it is certain.
  const registry: [name: string, id: string, nameEn: string, kind: string, tier: string, fullName: string | null][] = [
    [
      '市科技局',
      'science-technology-bureau',
      'Municipal Bureau of Science and Technology',
      'government-department',
      'municipal',
      '南京市科学技术局',
    ],
    [
      '市工信局',
      'industry-it-bureau',
      'Municipal Bureau of Industry and Information Technology',
      'government-department',
      'municipal',
      '南京市工业和信息化局',
    ],
    [
      '市投促局',
      'investment-promotion-bureau',
      'Municipal Bureau of Investment Promotion',
      'government-department',
      'municipal',
      '南京市投资促进局',
    ],
    [
      '市发改委',
      'development-reform-commission',
      'Municipal Development and Reform Commission',
      'government-department',
      'municipal',
      '南京市发展和改革委员会',
    ],
    [
      '市商务局',
      'commerce-bureau',
      'Municipal Bureau of Commerce',
      'government-department',
      'municipal',
      '南京市商务局',
    ],
    [
      '高新区发展办',
      'high-tech-zone-office',
      'High-tech Zone Development Office',
      'government-department',
      'municipal',
      null,
    ],
    [
      '市金融监管局',
      'financial-regulatory-bureau',
      'Municipal Local Financial Supervision and Administration Bureau',
      'financial-regulator',
      'municipal',
      null,
    ],
    [
      '市委统战部',
      'united-front-department',
      'United Front Work Department of the CPC Nanjing Municipal Committee',
      'party-department',
      'municipal',
      '中共南京市委统一战线工作部',
    ],
    [
      '市人社局',
      'human-resources-bureau',
      'Municipal Bureau of Human Resources and Social Security',
      'government-department',
      'municipal',
      '南京市人力资源和社会保障局',
    ],
    [
      '市税务局',
      'tax-bureau',
      'Municipal Tax Service',
      'government-department',
      'municipal',
      '国家税务总局南京市税务局',
    ],
    ['市法院', 'municipal-court', "Municipal Intermediate People's Court", 'court', 'municipal', '南京市中级人民法院'],
    [
      '市工商联',
      'federation-industry-commerce',
      'Municipal Federation of Industry and Commerce',
      'association',
      'municipal',
      '南京市工商业联合会',
    ],
    ['市大数据局', 'big-data-bureau', 'Municipal Big Data Administration', 'government-department', 'municipal', null],
    ['相关区(园区)', 'relevant-districts-parks', 'relevant districts (and parks)', 'collective', 'district', null],
    ['麒麟科创园', 'qilin-innovation-park', 'Qilin Science and Technology Innovation Park', 'park', 'municipal', null],
    ['大数据集团', 'big-data-group', 'Nanjing Big Data Group', 'state-owned-enterprise', 'municipal', null],
    [
      '市生态环境局',
      'ecology-environment-bureau',
      'Municipal Bureau of Ecology and Environment',
      'government-department',
      'municipal',
      '南京市生态环境局',
    ],
    [
      '市建委',
      'construction-commission',
      'Municipal Urban and Rural Construction Commission',
      'government-department',
      'municipal',
      '南京市城乡建设委员会',
    ],
    [
      '市交通运输局',
      'transport-bureau',
      'Municipal Bureau of Transport',
      'government-department',
      'municipal',
      '南京市交通运输局',
    ],
    [
      '市规划资源局',
      'planning-resources-bureau',
      'Municipal Bureau of Planning and Natural Resources',
      'government-department',
      'municipal',
      '南京市规划和自然资源局',
    ],
    [
      '市农业农村局',
      'agriculture-rural-bureau',
      'Municipal Bureau of Agriculture and Rural Affairs',
      'government-department',
      'municipal',
      '南京市农业农村局',
    ],
    ['浦口区', 'pukou-district', 'Pukou District', 'district', 'district', '南京市浦口区'],
    ['溧水区', 'lishui-district', 'Lishui District', 'district', 'district', '南京市溧水区'],
    [
      '市委组织部',
      'organization-department',
      'Organization Department of the CPC Nanjing Municipal Committee',
      'party-department',
      'municipal',
      '中共南京市委组织部',
    ],
    [
      '市教育局',
      'education-bureau',
      'Municipal Bureau of Education',
      'government-department',
      'municipal',
      '南京市教育局',
    ],
    [
      '市房产局',
      'housing-bureau',
      'Municipal Bureau of Housing Security and Real Estate',
      'government-department',
      'municipal',
      null,
    ],
    ['市司法局', 'justice-bureau', 'Municipal Bureau of Justice', 'government-department', 'municipal', '南京市司法局'],
    [
      '市委创新办',
      'innovation-office',
      'Innovation Office of the CPC Nanjing Municipal Committee',
      'party-department',
      'municipal',
      null,
    ],
    [
      '市市场监管局',
      'market-regulation-bureau',
      'Municipal Administration for Market Regulation',
      'government-department',
      'municipal',
      '南京市市场监督管理局',
    ],
    ['市财政局', 'finance-bureau', 'Municipal Bureau of Finance', 'government-department', 'municipal', '南京市财政局'],
    [
      '紫金投资集团',
      'zijin-investment-group',
      'Nanjing Zijin Investment Group',
      'state-owned-enterprise',
      'municipal',
      null,
    ],
    [
      '人行南京分行营管部',
      'pboc-nanjing-business-department',
      "Business Management Department of the People's Bank of China Nanjing Branch",
      'financial-regulator',
      'municipal',
      '中国人民银行南京分行营业管理部',
    ],
    [
      '市委改革办',
      'reform-office',
      'Reform Office of the CPC Nanjing Municipal Committee',
      'party-department',
      'municipal',
      null,
    ],
    [
      '市政府外办',
      'foreign-affairs-office',
      'Foreign Affairs Office of the Municipal Government',
      'government-department',
      'municipal',
      '南京市人民政府外事办公室',
    ],
    [
      '市政务办',
      'government-services-office',
      'Municipal Government Services Office',
      'government-department',
      'municipal',
      null,
    ],
  ];

  it.each(registry)('%s is %s (%s), %s, %s, full name %s', (name, id, nameEn, kind, tier, fullName) => {
    const unit = byName.get(name)!;
    expect({
      id: unit.id,
      nameEn: unit.nameEn,
      kind: unit.kind,
      tier: unit.tier,
      fullName: unit.fullName ?? null,
    }).toEqual({
      id,
      nameEn,
      kind,
      tier,
      fullName,
    });
  });

  it('are exactly the 35 of the table, in order of first appearance', () => {
    expect(plan.units.map((unit) => unit.name)).toEqual(registry.map(([name]) => name));
  });
});
