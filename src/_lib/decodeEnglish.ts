/**
 * Rebuilds the English translation from the form `scripts/generate-plan.ts`
 * stores it in, and freezes it all the way down. The stored form keeps the
 * Chinese once, in the plan text: each sentence is `[length, en]`, read in
 * document order, the sentences tiling each line of the plan text and the
 * next sentence starting after the line break where one ends a line. Each
 * record's field is `[first, count]`, the sentences that render it. Each
 * glossary term's occurrences are found in the plan text.
 *
 * @param json - The translation in its stored form.
 * @param text - The plan text: the seed's lines 1–102, each ending in a line break.
 * @returns The translation, typed as the caller says.
 */
export function decodeEnglish<TEnglish>(json: string, text: string): TEnglish {
  const stored = JSON.parse(json) as StoredEnglish;
  const sentences: DecodedSentence[] = [];
  let at = 0;
  let line = 1;
  let inLine = 0;
  for (const [length, en] of stored.sentences) {
    const end = at + length;
    inLine += 1;
    sentences.push({
      id: `${line}.${inLine}`,
      zh: text.slice(at, end),
      en,
      source: Object.freeze({ line, start: at, end }),
      record: null,
    });
    at = end;
    if (text[at] === '\n') {
      at += 1;
      line += 1;
      inLine = 0;
    }
  }

  const passage = (range: readonly [number, number], record: DecodedRecord) => {
    const list = sentences.slice(range[0], range[0] + range[1]);
    for (const sentence of list) sentence.record = Object.freeze(record);
    return Object.freeze({ sentences: Object.freeze(list), en: list.map((sentence) => sentence.en).join(' ') });
  };
  const fields = (section: string, id: string | null, ranges: Readonly<Record<string, readonly [number, number]>>) => {
    const record: Record<string, unknown> = {};
    for (const field in ranges) record[field] = passage(ranges[field]!, { section, id, field });
    return Object.freeze(record);
  };
  const result: Record<string, unknown> = { notice: stored.notice, language: 'en' };
  for (const section in stored.records) {
    const value = stored.records[section]!;
    if (stored.keyed.includes(section)) {
      const keyed: Record<string, unknown> = {};
      for (const id in value) keyed[id] = fields(section, id, value[id] as Record<string, [number, number]>);
      result[section] = Object.freeze(keyed);
    } else {
      result[section] = fields(section, null, value as Record<string, [number, number]>);
    }
  }
  for (const sentence of sentences) Object.freeze(sentence);
  result.sentences = Object.freeze(sentences);

  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const sentenceAt = (offset: number) => sentences.find((sentence) => sentence.source.end > offset)!;
  result.glossary = Object.freeze(
    stored.glossary.map((term) => {
      const occurrences = [];
      for (let index = text.indexOf(term.zh); index !== -1; index = text.indexOf(term.zh, index + term.zh.length)) {
        const source = Object.freeze({ line: lineOf(index), start: index, end: index + term.zh.length });
        occurrences.push(Object.freeze({ source, sentence: sentenceAt(index).id }));
      }
      const variants = term.variants === undefined ? {} : { variants: Object.freeze([...term.variants]) };
      return Object.freeze({ ...term, ...variants, occurrences: Object.freeze(occurrences) });
    }),
  );
  return Object.freeze(result) as TEnglish;
}

interface DecodedRecord {
  readonly section: string;
  readonly id: string | null;
  readonly field: string;
}

interface DecodedSentence {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly source: { readonly line: number; readonly start: number; readonly end: number };
  record: DecodedRecord | null;
}

interface StoredEnglish {
  readonly notice: string;
  readonly sentences: readonly (readonly [number, string])[];
  /** The sections whose records are keyed by id. */
  readonly keyed: readonly string[];
  readonly records: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly glossary: readonly {
    readonly zh: string;
    readonly en: string;
    readonly kind: string;
    readonly note?: string;
    readonly variants?: readonly string[];
  }[];
}
