import { describe, expect, it } from 'vitest';
import { plan, type Unit } from '../src/index.js';
import { seedLines } from './_seed.js';

const byName = new Map<string, Unit>(plan.units.map((unit) => [unit.name, unit]));
const tasksOf = (name: string) =>
  plan.tasks.filter((task) => (task.leadUnits as readonly string[]).includes(byName.get(name)!.id)).map((task) => task.number);

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
    for (const unit of plan.units) expect(unit.tier, unit.name).toBe(district.has(unit.name) ? 'district' : 'municipal');
  });

  it('form a registry of the 35 distinct names, in order of first appearance', () => {
    const distinct = [...new Set(read.flatMap((entry) => [...entry.municipal, ...entry.district]))];
    expect(plan.units.map((unit) => unit.name)).toEqual(distinct);
  });
});

describe('unit facts', () => {
  it('市科技局 is named on 23 tasks and is the primary lead of tasks 1, 16, 18 and 19', () => {
    expect(tasksOf('市科技局')).toEqual([1, 4, 5, 6, 7, 8, 9, 13, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 27, 28, 30, 31, 32]);
    const id = byName.get('市科技局')!.id;
    expect(plan.tasks.filter((task) => task.leadUnits[0] === id).map((task) => task.number)).toEqual([1, 16, 18, 19]);
  });

  it('市工信局 is named on 22 tasks and 市发改委 on 15', () => {
    expect(tasksOf('市工信局')).toHaveLength(22);
    expect(tasksOf('市发改委')).toHaveLength(15);
  });

  it('gives each unit its kind', () => {
    const kinds = Object.fromEntries(plan.units.map((unit) => [unit.name, unit.kind]));
    expect(kinds).toMatchObject({
      市科技局: 'government-department',
      市委统战部: 'party-department',
      市委组织部: 'party-department',
      市委创新办: 'party-department',
      市委改革办: 'party-department',
      市法院: 'court',
      浦口区: 'district',
      溧水区: 'district',
      麒麟科创园: 'park',
      大数据集团: 'state-owned-enterprise',
      紫金投资集团: 'state-owned-enterprise',
      市金融监管局: 'financial-regulator',
      人行南京分行营管部: 'financial-regulator',
      市工商联: 'association',
      '相关区(园区)': 'collective',
    });
  });

  it('gives a full name only where the expansion is standard, and an English name to every unit', () => {
    expect(byName.get('市科技局')!.fullName).toBe('南京市科学技术局');
    expect(byName.get('人行南京分行营管部')!.fullName).toBe('中国人民银行南京分行营业管理部');
    for (const name of ['高新区发展办', '相关区(园区)', '大数据集团', '紫金投资集团', '市委创新办']) {
      expect('fullName' in byName.get(name)!, name).toBe(false);
    }
    for (const unit of plan.units) expect(unit.nameEn, unit.name).toMatch(/^[A-Z][\x20-\x7e]+$/);
  });
});
