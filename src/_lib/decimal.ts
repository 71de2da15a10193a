// Exact decimal scaling of figures: `1.05 万家` is 10500 and `12345678901234 家` stays itself, without the
// binary noise of a float multiply (1.05 * 1e4 = 10500.000000000002) or the loss of a rounding to fewer digits.

/**
 * `value × 10^power`, computed on the decimal digits JavaScript writes `value` with (its shortest round-trip
 * form), so the result is the double nearest the exact decimal product. Non-finite in, non-finite out; a
 * product beyond the double range is `±Infinity`.
 */
export function scaleByPowerOfTen(value: number, power: number): number {
  if (!Number.isFinite(value) || power === 0) return value;
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (match === null) return Number.NaN;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  return Number(`${sign}${whole}${fraction}e${Number(exponent) - fraction.length + power}`);
}
