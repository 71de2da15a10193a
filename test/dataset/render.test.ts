import { describe, expect, it } from 'vitest';
import { type Plan, plan, renderPlanText } from '../../src/index.js';
import { seedLines } from './_seed.js';

const planLines = `${seedLines.slice(0, 102).join('\n')}\n`;

describe('renderPlanText', () => {
  it('rebuilds lines 1–102 of the seed byte for byte from the data alone', () => {
    expect(Buffer.from(renderPlanText(), 'utf8').equals(Buffer.from(planLines, 'utf8'))).toBe(true);
  });

  it('ends with the imprint and a newline, without the hosting page chrome', () => {
    const text = renderPlanText();
    expect(text.endsWith('中共南京市委办公厅2022年1月3日印发\n')).toBe(true);
    expect(text).not.toContain('展开全部');
  });

  it('renders a changed plan differently, so a one-character change of the data is caught', () => {
    const changed = structuredClone(plan) as unknown as { tasks: { text: string }[] } & Plan;
    changed.tasks[31]!.text = changed.tasks[31]!.text.replace('一次告知', '一次通知');
    expect(renderPlanText(changed)).not.toBe(planLines);
  });

  it('writes the district-level units after the ASCII comma of a 责任单位 line', () => {
    expect(renderPlanText().split('\n')[64]).toBe(
      '责任单位:市科技局、市发改委、市规划资源局、市农业农村局、麒麟科创园,浦口区、溧水区',
    );
  });

  it('names the unit it cannot find when a task refers to a unit missing from the registry', () => {
    const broken = { ...plan, units: plan.units.filter((unit) => unit.name !== '市科技局') } as Plan;
    expect(() => renderPlanText(broken)).toThrow('task 1 names unit science-technology-bureau');
  });
});
