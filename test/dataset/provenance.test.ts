import { describe, expect, it } from 'vitest';
import { plan, type Span } from '../../src/index.js';
import { lineOfOffset, seedText } from './_seed.js';

const unitName = new Map<string, string>(plan.units.map((unit) => [unit.id, unit.name]));

function isSpan(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && 'line' in value && 'start' in value && 'end' in value;
}

interface Claim {
  readonly where: string;
  readonly span: Span;
  readonly text: string;
}

/** Every (span, text) pair the data claims, found by walking the whole plan. */
function claims(value: unknown, where = 'plan', found: Claim[] = []): Claim[] {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) claims(item, `${where}[${index}]`, found);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const source = record.source;
    if (typeof source === 'object' && source !== null) {
      for (const [field, spans] of Object.entries(source)) {
        if (isSpan(spans)) {
          found.push({ where: `${where}.${field}`, span: spans, text: record[field] as string });
        } else {
          // A list of spans parallel to a list of unit ids (task.source.leadUnits).
          (spans as Span[]).forEach((span, index) => {
            const id = (record[field] as string[])[index]!;
            found.push({ where: `${where}.${field}[${index}]`, span, text: unitName.get(id)! });
          });
        }
      }
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'source') claims(child, `${where}.${key}`, found);
  }
  return found;
}

const allClaims = claims(plan);

describe('source spans', () => {
  it('are found on every record that carries text: 329 in all', () => {
    // 4 header fields, preamble, 3 parts, 3 sections, guiding ideology, 4×2 principle fields,
    // goals overview, 5×2 goal-area fields, 6×2 group fields, 32×2 task fields, 128 unit
    // names in the 责任单位 lines, 3×2 measure fields, imprint, 35 units, 51 target mentions.
    expect(allClaims).toHaveLength(4 + 1 + 3 + 3 + 1 + 8 + 1 + 10 + 12 + 64 + 128 + 6 + 1 + 35 + 51);
  });

  it.each(allClaims.map((claim) => [claim.where, claim] as const))(
    '%s: the seed has the text at its offsets',
    (_, claim) => {
      expect(typeof claim.text).toBe('string');
      expect(seedText.slice(claim.span.start, claim.span.end)).toBe(claim.text);
    },
  );

  it('name the line each span starts on, and no span crosses a line', () => {
    for (const { where, span } of allClaims) {
      expect(lineOfOffset(span.start), where).toBe(span.line);
      expect(seedText.slice(span.start, span.end), where).not.toContain('\n');
    }
  });

  it('lie within lines 1–102, the plan and its page header', () => {
    const endOfLine102 = seedText.split('\n').slice(0, 102).join('\n').length;
    for (const { where, span } of allClaims) {
      expect(span.start, where).toBeGreaterThanOrEqual(0);
      expect(span.end, where).toBeLessThanOrEqual(endOfLine102);
    }
  });
});

describe('target mentions', () => {
  const records = new Map<string, { text: string; source: { text: Span } }>([
    ...plan.goalAreas.map((area) => [`goal-area:${area.id}`, area] as const),
    ...plan.tasks.map((task) => [`task:${task.number}`, task] as const),
  ]);

  it.each(plan.targets.flatMap((target) => target.mentions.map((mention) => [target.id, mention] as const)))(
    '%s: the words stand at their offsets inside the text of the goal area or task named',
    (_, mention) => {
      const key = mention.kind === 'goal-area' ? `goal-area:${mention.goalArea}` : `task:${mention.task}`;
      const record = records.get(key)!;
      const { start, end } = mention.source.words;
      expect(start).toBeGreaterThanOrEqual(record.source.text.start);
      expect(end).toBeLessThanOrEqual(record.source.text.end);
      expect(record.text.slice(start - record.source.text.start, end - record.source.text.start)).toBe(mention.words);
    },
  );
});
