import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seedLines, seedText } from './_seed.js';

describe('seeds/nanjing-innovation-plan-2022-2024.txt', () => {
  it('is the unchanged copy of the source the data was read from', () => {
    expect(createHash('sha256').update(seedText).digest('hex')).toBe(
      '77e894c7191528a3ab4b4c867386b897d6ee91cdce7dc8ad164714d4f89a57fc',
    );
  });

  it('has the page header on lines 1–4, the plan on 5–102 and page chrome on 103–105', () => {
    expect(seedLines).toHaveLength(105);
    expect(seedLines[0]).toBe('南京市创新驱动、产业转型示范三年行动计划(2022—2024年)');
    expect(seedLines[1]).toBe('- 来源:中共南京市委办公厅');
    expect(seedLines[101]).toBe('中共南京市委办公厅2022年1月3日印发');
    expect(seedLines.slice(103)).toEqual(['展开全部', '热门评论']);
  });
});
