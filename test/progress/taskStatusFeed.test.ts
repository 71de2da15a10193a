import { describe, expect, it } from 'vitest';
import { TaskStatusFeedSchema, validateTaskStatusFeed } from '../../src/schema.js';

describe('validateTaskStatusFeed', () => {
  it('accepts a report by a responsible unit (task 27: 市规划资源局、市工信局、市科技局)', () => {
    const feed = [
      { task: 27, unit: 'planning-resources-bureau', year: 2022, status: 'completed' },
      { task: 27, unit: 'science-technology-bureau', year: 2022, status: 'in-progress', note: '科研用地' },
    ];
    expect(validateTaskStatusFeed(feed)).toEqual({ success: true, data: feed, issues: [] });
  });

  it('rejects a unit not named on the task and names the task’s units', () => {
    expect(
      validateTaskStatusFeed([{ task: 1, unit: 'industry-it-bureau', year: 2023, status: 'completed' }]).issues,
    ).toEqual([
      {
        path: '[0].unit',
        code: 'unit-not-responsible',
        message: '单位“industry-it-bureau”不是任务 1 的责任单位;其责任单位为:science-technology-bureau',
        messageEn:
          'unit "industry-it-bureau" is not a responsible unit of task 1; its units are: science-technology-bureau',
        suggestions: ['science-technology-bureau'],
      },
    ]);
  });

  it('rejects a unit id the plan does not have, suggesting the nearest of the task’s units', () => {
    expect(
      validateTaskStatusFeed([{ task: 26, unit: 'market-regulation', year: 2023, status: 'completed' }]).issues[0],
    ).toMatchObject({
      path: '[0].unit',
      code: 'unknown-unit-id',
      suggestions: ['market-regulation-bureau'],
    });
  });

  it('accepts a unit by its name as written, and gives its id (task 1: 市科技局)', () => {
    expect(validateTaskStatusFeed([{ task: 1, unit: '市科技局', year: 2023, status: 'completed' }])).toEqual({
      success: true,
      data: [{ task: 1, unit: 'science-technology-bureau', year: 2023, status: 'completed' }],
      issues: [],
    });
  });

  it.each([
    ['its full name', '南京市科学技术局'],
    ['its English name', 'Municipal Bureau of Science and Technology'],
    ['its name without 市', '科技局'],
  ])('accepts a unit by %s, like resolveUnit (task 1)', (_, unit) => {
    expect(validateTaskStatusFeed([{ task: 1, unit, year: 2023, status: 'completed', note: '已完成' }])).toEqual({
      success: true,
      data: [{ task: 1, unit: 'science-technology-bureau', year: 2023, status: 'completed', note: '已完成' }],
      issues: [],
    });
  });

  it('counts a unit written by its name and by its id as the same unit for duplicates', () => {
    const feed = [
      { task: 1, unit: '市科技局', year: 2023, status: 'completed' },
      { task: 1, unit: 'science-technology-bureau', year: 2023, status: 'in-progress' },
    ];
    expect(validateTaskStatusFeed(feed).issues).toMatchObject([{ path: '[1]', code: 'duplicate-entry' }]);
  });

  it('rejects the name of a unit not named on the task, and suggests the task’s units (task 1: 市工信局)', () => {
    expect(validateTaskStatusFeed([{ task: 1, unit: '市工信局', year: 2023, status: 'completed' }]).issues).toEqual([
      {
        path: '[0].unit',
        code: 'unit-not-responsible',
        message: '单位"市工信局"(industry-it-bureau)不是任务 1 的责任单位;其责任单位为:science-technology-bureau',
        messageEn:
          'unit "市工信局" (industry-it-bureau) is not a responsible unit of task 1; ' +
          'its units are: science-technology-bureau',
        suggestions: ['science-technology-bureau'],
      },
    ]);
  });

  it('suggests, and does not accept, a unit written as words of its English name (task 1)', () => {
    expect(
      validateTaskStatusFeed([{ task: 1, unit: 'science bureau', year: 2023, status: 'completed' }]).issues,
    ).toMatchObject([{ path: '[0].unit', code: 'unknown-unit-id', suggestions: ['science-technology-bureau'] }]);
  });

  it('rejects a unit that fits several units, naming them (big data: 市大数据局, 大数据集团)', () => {
    expect(validateTaskStatusFeed([{ task: 14, unit: 'big data', year: 2023, status: 'completed' }]).issues).toEqual([
      {
        path: '[0].unit',
        code: 'ambiguous-unit',
        message: '单位 "big data" 可指多个单位:big-data-bureau、big-data-group;请写单位 id 或名称',
        messageEn: 'unit "big data" could be any of big-data-bureau, big-data-group; write the unit\'s id or name',
        suggestions: ['big-data-bureau', 'big-data-group'],
      },
    ]);
  });

  it('suggests units by name for a Chinese text that fits none (task 1: 市科技)', () => {
    expect(
      validateTaskStatusFeed([{ task: 1, unit: '市科技', year: 2023, status: 'completed' }]).issues[0],
    ).toMatchObject({ path: '[0].unit', code: 'unknown-unit-id', suggestions: ['science-technology-bureau'] });
  });

  it('parses a name as written to its id with the exported schema', () => {
    expect(TaskStatusFeedSchema.parse([{ task: 1, unit: '市科技局', year: 2023, status: 'completed' }])).toEqual([
      { task: 1, unit: 'science-technology-bureau', year: 2023, status: 'completed' },
    ]);
  });

  it('says which task number does not exist, in plain words', () => {
    expect(validateTaskStatusFeed([{ task: 33 }, { task: 'task-1' }]).issues).toEqual([
      {
        path: '[0].task',
        code: 'unknown-task',
        message: '本计划没有任务 33;任务编号为 1–32',
        messageEn: 'the plan has no task 33; tasks are numbered 1–32',
      },
      {
        path: '[1].task',
        code: 'unknown-task',
        message: '本计划没有任务 "task-1";任务编号为 1–32',
        messageEn: 'the plan has no task "task-1"; tasks are numbered 1–32',
      },
    ]);
  });

  it('rejects a task number of the wrong type as such', () => {
    expect(validateTaskStatusFeed([{ task: null }]).issues).toEqual([
      {
        path: '[0].task',
        code: 'invalid-type',
        message: '任务编号应为 1–32 的数字,实际为null',
        messageEn: 'a task number must be a number 1–32, got null',
      },
    ]);
  });

  it('rejects task 33 and task "5"', () => {
    expect(
      validateTaskStatusFeed([
        { task: 33, unit: 'science-technology-bureau', year: 2023, status: 'completed' },
        { task: '5', unit: 'investment-promotion-bureau', year: 2023, status: 'completed' },
      ]).issues.map((issue) => [issue.path, issue.code]),
    ).toEqual([
      ['[0].task', 'unknown-task'],
      ['[1].task', 'number-as-string'],
    ]);
  });

  it('rejects a year outside the plan and an unknown status', () => {
    expect(
      validateTaskStatusFeed([{ task: 1, unit: 'science-technology-bureau', year: 2025, status: 'done' }]).issues.map(
        (issue) => [issue.path, issue.code],
      ),
    ).toEqual([
      ['[0].year', 'year-out-of-period'],
      ['[0].status', 'invalid-value'],
    ]);
  });

  it('rejects two lines for the same task, unit and year', () => {
    const line = { task: 1, unit: 'science-technology-bureau', year: 2023, status: 'completed' };
    expect(
      validateTaskStatusFeed([line, { ...line, status: 'delayed' }]).issues.map((issue) => [issue.path, issue.code]),
    ).toEqual([['[1]', 'duplicate-entry']]);
  });

  it('rejects a feed that is not an array', () => {
    expect(validateTaskStatusFeed({ task: 1 }).issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['', 'invalid-type'],
    ]);
  });
});

describe('TaskStatusFeedSchema', () => {
  it('agrees with validateTaskStatusFeed on a duplicate line', () => {
    const line = { task: 1, unit: 'science-technology-bureau', year: 2023, status: 'completed' };
    expect(TaskStatusFeedSchema.safeParse([line, line]).success).toBe(false);
    expect(TaskStatusFeedSchema.safeParse([line]).success).toBe(true);
  });
});
