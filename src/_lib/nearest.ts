/**
 * Levenshtein distance between two strings, by code point (so a Chinese
 * character counts as one edit).
 */
export function editDistance(left: string, right: string): number {
  const a = Array.from(left);
  const b = Array.from(right);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates closest to `input`, best first: those that contain it or
 * that it contains come first, then by edit distance; candidates further than
 * half their own length away are left out, and so are those much further than
 * the best. Used for "did you mean" hints.
 */
export function nearest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.trim().toLowerCase();
  if (needle === '') return [];
  const needleLength = Array.from(needle).length;
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const contains = hay.includes(needle) || needle.includes(hay);
    const hayLength = Array.from(hay).length;
    const limitDistance = Math.max(1, Math.floor(hayLength / 2));
    // The distance is at least the difference in length: skip the quadratic
    // edit distance where that alone rules the candidate out (a huge input).
    if (!contains && Math.abs(needleLength - hayLength) > limitDistance) continue;
    const distance = editDistance(needle, hay);
    if (!contains && distance > limitDistance) continue;
    scored.push({ candidate, score: (contains ? 0 : 1000) + distance });
  }
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  // Keep only the close runners-up: every candidate that contains the input
  // (or is contained in it) where there is one, else those about as near as
  // the best, so that a near miss does not bring far ones along.
  const best = scored[0]?.score ?? 0;
  const keep =
    best < 1000
      ? (score: number) => score < 1000
      : (score: number) => score <= best + Math.max(2, Math.floor((best - 1000) / 2));
  return scored
    .filter((entry) => keep(entry.score))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}
