/**
 * The English number vocabulary shared by the number finder and parser: cardinal words, scale words, fraction
 * words, vague amounts ("dozens", "tens of thousands") and currency words. General English, keyed to no corpus.
 */

/** Cardinal words below twenty. */
export const UNIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
};

/** Tens words. */
export const TENS_WORDS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers written as words or abbreviations after a number ("1.2 million", "$3m", "7.2bn"). */
export const SCALE_WORDS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, tn: 1e12,
};

/** Denominators of fractions written as words ("two-thirds", "a quarter"). */
export const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

/**
 * Vague amounts as a range, the way NewsQuant's gold writes them: "dozens" is 12 to 120, "hundreds" 100 to 1,000,
 * "tens of thousands" 10,000 to 100,000. The figures stage does not count them (no single value to tally).
 */
export const VAGUE_AMOUNTS: Record<string, [number, number]> = {
  dozens: [12, 120], scores: [20, 200], hundreds: [100, 1e3], thousands: [1e3, 1e4], millions: [1e6, 1e7],
  billions: [1e9, 1e10], 'tens of thousands': [1e4, 1e5], 'tens of millions': [1e7, 1e8],
  'tens of billions': [1e10, 1e11], 'hundreds of thousands': [1e5, 1e6], 'hundreds of millions': [1e8, 1e9],
  'hundreds of billions': [1e11, 1e12],
};

/** Currency symbols and codes written before an amount, with the unit a figure carries. */
export const CURRENCY_PREFIXES: Record<string, string> = {
  $: 'USD', 'US$': 'USD', 'US $': 'USD', 'C$': 'CAD', 'A$': 'AUD', 'NZ$': 'NZD', 'HK$': 'HKD', '€': 'EUR',
  '£': 'GBP', '¥': 'JPY', '₹': 'INR', Rs: 'INR', 'Rs.': 'INR', PS: 'GBP',
};

/** Currency words written after an amount ("5 million crowns", "eight euros"). */
export const CURRENCY_WORDS = new Set([
  'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'sterling', 'crown', 'crowns', 'kronor', 'krona', 'kroner',
  'krone', 'yen', 'yuan', 'renminbi', 'rupee', 'rupees', 'franc', 'francs', 'rand', 'peso', 'pesos', 'real', 'reais',
  'rouble', 'roubles', 'ruble', 'rubles', 'lira', 'shekel', 'shekels', 'dinar', 'dinars', 'dirham', 'dirhams',
  'riyal', 'riyals', 'naira', 'shilling', 'shillings', 'cents', 'cent', 'pence', 'usd', 'eur', 'gbp',
]);

/** Month names and abbreviations: a number beside one is a date, not a quantity. */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** The value of one cardinal word, or undefined. */
export function wordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  return UNIT_WORDS[w] ?? TENS_WORDS[w];
}
