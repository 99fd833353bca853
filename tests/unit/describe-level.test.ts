import fc from 'fast-check';
import { expect, test } from 'vitest';
import { describeAreaRule, describeLevel } from '../../src/domain/rating/describe-level';
import { areaById, loadInstrument } from './load-instrument';

const instrument = loadInstrument();
const rule = (areaId: string, lang: 'sv' | 'en') => describeAreaRule(areaById(instrument, areaId), instrument, lang);

test.each<[string, 'sv' | 'en', string[]]>([
  [
    '1',
    'sv',
    [
      'Välutvecklad struktur när 1.5 och 1.6 är båda 2, minst 2 av 1.1–1.3 = 2 och minst 4 av 2.1–2.6 ≥ 1.',
      'Bitvis välutvecklad struktur när minst 1 av 1.1–1.3 = 2 och minst 1 av 1.4–1.6 ≥ 1.',
      'Outvecklad struktur annars.',
    ],
  ],
  [
    '1',
    'en',
    [
      'Well-developed structure when 1.5 and 1.6 are both 2, at least 2 of 1.1–1.3 = 2 and at least 4 of 2.1–2.6 ≥ 1.',
      'Partly well-developed structure when at least 1 of 1.1–1.3 = 2 and at least 1 of 1.4–1.6 ≥ 1.',
      'Undeveloped structure otherwise.',
    ],
  ],
  [
    '3',
    'sv',
    ['Välutvecklat stöd när alla av 3.1–3.3 är 2.', 'Bitvis välutvecklat stöd när 3.1 ≥ 1 och 3.2 ≥ 1.', 'Outvecklat stöd annars.'],
  ],
  [
    '4',
    'en',
    [
      'Well-developed collaboration and overview when 4.1 = 2 and 4.2 = 2.',
      'Partly well-developed collaboration and overview when 4.1 ≥ 1 and 4.2 ≥ 1.',
      'Undeveloped collaboration and overview otherwise.',
    ],
  ],
  [
    '6',
    'sv',
    [
      'Välutvecklad kvalitetssäkring när alla av 6.1–6.4 är 2.',
      'Bitvis välutvecklad kvalitetssäkring när 6.1 ≥ 1 och minst 1 av 6.2–6.4 ≥ 1.',
      'Otillräcklig kvalitetssäkring annars.',
    ],
  ],
])('the rule of area %s in %s reads, strongest level first, %j', (areaId, lang, sentences) => {
  expect(rule(areaId, lang)).toEqual(sentences);
});

test('a level with a single condition has no list words, and the fallback names no statement', () => {
  const area = areaById(instrument, '2');
  const [strongest, middle, fallback] = area.levelsStrongestFirst;
  if (!strongest || !middle || !fallback) throw new Error('area 2 has three levels');
  expect(describeLevel(strongest, instrument, 'sv')).toBe('Aktör finns inom alla områden när minst 5 av 2.1–2.6 = 2.');
  expect(describeLevel(fallback, instrument, 'en')).toBe('No actor otherwise.');
  expect(describeLevel(fallback, instrument)).toBe('Aktör saknas annars.');
});

test('every area has one sentence per level, each starting with its label and naming every statement its conditions read', () => {
  fc.assert(
    fc.property(fc.constantFrom(...instrument.areas), fc.constantFrom('sv' as const, 'en' as const), (area, lang) => {
      const sentences = describeAreaRule(area, instrument, lang);
      expect(sentences).toHaveLength(area.levelsStrongestFirst.length);
      area.levelsStrongestFirst.forEach((level, index) => {
        const sentence = sentences[index] ?? '';
        expect(sentence.startsWith(lang === 'en' ? (level.label.en ?? level.label.sv) : level.label.sv)).toBe(true);
        expect(sentence.endsWith('.')).toBe(true);
        for (const condition of level.conditions) {
          const [first] = condition.statements;
          expect(sentence).toContain(first);
        }
      });
    }),
  );
});
