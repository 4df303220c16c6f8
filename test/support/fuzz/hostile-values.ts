import fc from 'fast-check';

/**
 * Texts people and programs send that fixtures never hold: lone UTF-16 halves, NUL, controls,
 * direction overrides, joiners, astral emoji, numbers in other notations, names of JavaScript's
 * own properties, SQL and path tricks, and sizes far past every limit.
 */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\ud800',
  'a\udfffb',
  '\u0000',
  'x\u0000y',
  '\u0007\u001b[31m',
  '\u202e\u2066txt',
  '\u200d\u200b\ufeff',
  '👩🏽‍🌾🐝🧀',
  '𝕳𝖔𝖓𝖊𝖞',
  'Ǆ̸̡̢̛̛̛̗̘̙̜̝̞̟̠̣̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼ͅ͏͓͔͕͖͙͚',
  '0x10',
  '1e3',
  '-0',
  '+1',
  '1.5',
  '9'.repeat(40),
  'NaN',
  'Infinity',
  'true',
  'null',
  '__proto__',
  'constructor',
  'toString',
  "' OR 1=1 --",
  '%00',
  '%',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '2026-02-30',
  '2026-13-01',
  '99999-12-31',
  '00000000-0000-0000-0000-000000000000',
  'a'.repeat(5_000),
  'é'.repeat(70_000),
];

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  );

/** Any JSON value, for a field of the wrong type. */
export const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    hostileString(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant([]),
    fc.constant({}),
    fc.array(fc.integer(), { maxLength: 3 }),
  );

/** JSON nested far deeper than any document: arrays, objects, or both. */
export const deepJson = (depth: number): string => {
  const kind = depth % 2;
  return kind === 0 ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
};

/** Bodies that are not the JSON they claim to be. */
export const BROKEN_BODIES = ['{', '{"a":}', 'null', '"text"', '[]', '1', '\u0000', '{"a":1}{"b":2}', '\ufeff{}', 'nom;commune\n"a;b'];
