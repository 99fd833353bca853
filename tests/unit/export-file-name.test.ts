import { expect, test } from 'vitest';
import { exportFileName, slug } from '../../src/domain/export/file-name';
import { wrapWords } from '../../src/domain/export/wrap-words';

test.each([
  ['Figur 3. Geografi och täckning', 'png', 'figur-3-geografi-och-tackning-2026-11-22.png'],
  ['Figur 5. Kapacitet och kompetens', 'svg', 'figur-5-kapacitet-och-kompetens-2026-11-22.svg'],
  ['Figure 3. Geography and coverage', 'png', 'figure-3-geography-and-coverage-2026-11-22.png'],
  ['Sammanfattande bedömning av existerande strukturer', 'svg', 'sammanfattande-bedomning-av-existerande-strukturer-2026-11-22.svg'],
  ['Medelpoäng per område: Jönköping, Örebro', 'png', 'medelpoang-per-omrade-jonkoping-orebro-2026-11-22.png'],
  [
    'Figur 2. Aktör med länsövergripande ansvar för utveckling inom socialtjänst, hälso- och sjukvård, arbete/sysselsättning, skola, kultur/fritid och folkhälsa',
    'png',
    'figur-2-aktor-med-lansovergripande-ansvar-for-utveckling-2026-11-22.png',
  ],
  ['Medelpoäng per område: Stockholm, Västra Götaland, Västernorrland, Norrbotten', 'svg', 'medelpoang-per-omrade-stockholm-vastra-gotaland-2026-11-22.svg'],
  ['Aktörsmedverkansstrukturerochlänsövergripandesamverkansformernaslut', 'png', 'aktorsmedverkansstrukturerochlansovergripandesamverkansforme-2026-11-22.png'],
])('"%s" as a %s file is named %s', (title, extension, expected) => {
  expect(exportFileName(title, '2026-11-22', extension)).toBe(expected);
});

test.each([
  ['ÅÄÖ åäö éü', 'aao-aao-eu'],
  ['  --Figur 1--  ', 'figur-1'],
  ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
  ['Västra Götaland', 'vastra-gotaland'],
])('the slug of "%s" is "%s"', (text, expected) => {
  expect(slug(text)).toBe(expected);
});

test.each([
  ['Bitvis välutvecklade samarbeten och överblick', 26, ['Bitvis välutvecklade', 'samarbeten och överblick']],
  ['Outvecklad struktur', 26, ['Outvecklad struktur']],
  ['Aktörsmedverkansstrukturer finns', 10, ['Aktörsmedverkansstrukturer', 'finns']],
  ['a  b', 10, ['a b']],
  ['', 10, []],
])('"%s" wrapped at %i characters gives %j', (text, width, expected) => {
  expect(wrapWords(text, width)).toEqual(expected);
});
