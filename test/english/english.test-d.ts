import { describe, expectTypeOf, it } from 'vitest';
import { type EnglishPassage, english } from '../../src/en.js';

describe('english types', () => {
  it('keys records by their literal ids', () => {
    expectTypeOf(english.tasks['task-1'].title).toEqualTypeOf<EnglishPassage>();
    expectTypeOf(english.principles['talent-led'].name).toEqualTypeOf<EnglishPassage>();
    // @ts-expect-error: the plan has 32 tasks
    english.tasks['task-33'];
    // @ts-expect-error: a goal area has a name and a text, no title
    english.goalAreas['ecosystem-thrives'].title;
  });
});
