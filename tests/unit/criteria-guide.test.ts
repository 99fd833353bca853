import { describe, expect, test } from 'vitest';
import type { GuideItem } from '../../src/domain/criteria/guide-schema';
import { buildInstrument } from '../../src/domain/criteria/instrument';
import { parseCriteria } from '../../src/domain/criteria/parse-criteria';
import type { Problem } from '../../src/domain/problems';
import { loadCounties, loadCriteria, loadInstrument, readCriteriaJson } from './load-instrument';

/* The mutations below poke into raw JSON; this is the loosest honest type for it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const guide = () => {
  const shipped = loadCriteria().guide;
  if (!shipped) throw new Error('the shipped criteria have no guide');
  return shipped;
};

// Bilaga 2 as the report prints it, line by line (headings, instructions, questions, prompts and
// the listed options), in its order.
const BILAGA_2 = [
  'Allmänt',
  'Berätta kort om syftet med intervjun, infrastrukturen, förstudien, tidplanen',
  'Vem är informanten?',
  'Roll i organisation?',
  'Styrning och mandat',
  'Hur ser organisationens uppdrag ut?',
  'Strategisk?',
  'Utveckla organisationsformer ex. gemensam ledning och styrning',
  'Föreslå målområden, tvärsektoriella behovsanalyser',
  'Rådgivning till politik och beslutsfattare - beslutsunderlag',
  'Verksamhetsfokuserad?',
  'Politisk styrning',
  'Tjänstemannastyrning',
  'Balans uppdrag-egeninitierade aktiviteter',
  'Ansvar för spridning och implementering i länet',
  'Hur finansieringen ser ut',
  'Basanslag',
  'Uppdragsfinansiering',
  'Externt finansierad personal',
  'Andra anslag',
  'Vad är kostnaden för er organisation per invånare?',
  'Sakområden',
  'Bekräfta med informanten att man arbetar med de områden som vi identifierat',
  'Socialtjänst',
  'Skola (förskola, grundskola, gymnasium, särskola, elevhälsa)',
  'Arbetsmarknad/sysselsättning',
  'Hälso- och sjukvård (landsting/region)',
  'Folkhälsa (fokus på universell och selektiv nivå dvs hälsofrämjande/förebyggande, exempelvis barns rättigheter, föräldrastöd, hälsofrämjande miljöer, ANDT-prevention mm)',
  'Reflektioner kring de sakområden som organisationen täcker, finns det fler utöver ovan, finns särskilda skäl till nuvarande form, tankar på utvidgning (Kultur och fritid, tandvård ex)?',
  'Geografi och täckning',
  'Variation i engagemang/uppdrag från olika delar (eller kommuner) av länet?',
  'Planer på förändring av geografisk utbredning?',
  'Uppdrag/arbeten i andra län?',
  'Samarbeten',
  'Samarbetar ni med andra utvecklingsstödande organisationer?',
  'I regionen',
  'FoU-miljö',
  'Regional stödstruktur',
  'Regionförbund',
  'Länsstyrelse',
  'Kommunförbund',
  'Samordningsförbund',
  'Universitet/högskolor',
  'Civilsamhälle/ideella organisationer',
  'Utanför regionen',
  'Kunskapsnod självskada',
  'Regionalt cancercentra',
  'RUK, lärarutbildning',
  'Metis',
  'Kunskapscenter specifik fråga',
  'NSK',
  'NSK-S',
  'Hälso- och sjukvårdsregioner',
  'Formella nätverk',
  'Beslutsfattande?',
  'Informella nätverk',
  'Är ni nöjda med dagens samarbetsituation? Om inte vad behöver förbättras.',
  'Kapacitet och kompetens',
  'Hur många arbetar i organisationen med utvecklingsstöd (årsarbetskrafter)?',
  'Hur tänker ni kring vilka kompetenser er organisation behöver?',
  'Vi har identifierat följande områden, delar ni bilden att dessa är relevanta, arbetar ni med dem?',
  'Processledning',
  'Statistik/analys',
  'Förändringsteori/programlogik',
  'Genombrott',
  'Utvärdering',
  'Implementering',
  'Evidens-/kunskapsöversikt',
  'Beslutsunderlag',
  'Har ni andra aktiviteter/kompetenser (forskning, utbildning mm)',
  'Är det enkelt att få tag på personal med rätt kompetens, färdigheter och inställning? Om inte vilka kompetenser är svårast att rekrytera?',
  'Kvalitetssäkring',
  'Hur arbetar ni med kvalitetssäkring av er verksamhet? (beskriv mer ingående, operationalisera)',
  'Finns system för uppföljning?',
  'Finns definierade mål med arbetet?',
  'Har måluppfyllelsen utvärderats?',
  'Summering',
  'Främsta styrkan hos organisationen?',
  'Främsta utvecklingsbehov?',
  'Största nyttan?',
  'Önskemål med statligt finansierad infrastruktur, hur kan befintligt arbete kompletteras?',
  'Om det skulle bli en infrastruktur med olika intressenter vilka delar anser ni absolut bör "ägas" dvs finansieras och styras av landsting respektive kommun?',
];

const itemTexts = (items: GuideItem[] = []): string[] =>
  items.flatMap((item) => [item.text.sv, ...itemTexts(item.items)]);

/** Every Swedish text of the guide a person reads, in guide order, as Bilaga 2 prints it. */
function guideLines(): string[] {
  return guide().sections.flatMap((section) => [
    section.title.sv,
    ...(section.intro ? [section.intro.sv] : []),
    ...section.questions.flatMap((question) => {
      // The sectors' question is the section's instruction put as a question; it is no line of its own.
      const own = section.intro?.sv.toLowerCase().includes(question.text.sv.toLowerCase()) ? [] : [question.text.sv];
      const options =
        question.kind === 'choices'
          ? question.optionGroups.flatMap((group) => [
              ...(group.label ? [group.label.sv] : []),
              ...group.options.map((option) => option.label.sv),
            ])
          : [];
      return [...own, ...options, ...itemTexts(question.items)];
    }),
  ]);
}

describe('the shipped interview guide (Bilaga 2)', () => {
  test('it holds every heading, question, prompt and option of Bilaga 2 in the report’s order, and nothing else', () => {
    expect(guideLines()).toEqual(BILAGA_2);
  });

  test('its sections follow the report, each tied to the area it informs', () => {
    expect(guide().sections.map((section) => [section.id, section.title.sv, section.area ?? null])).toEqual([
      ['g1', 'Allmänt', null],
      ['g2', 'Styrning och mandat', '1'],
      ['g3', 'Sakområden', '2'],
      ['g4', 'Geografi och täckning', '3'],
      ['g5', 'Samarbeten', '4'],
      ['g6', 'Kapacitet och kompetens', '5'],
      ['g7', 'Kvalitetssäkring', '6'],
      ['g8', 'Summering', null],
    ]);
  });

  test('every text of the guide has an English translation', () => {
    const missing = JSON.stringify(guide()).match(/"sv":"[^"]*"}/g) ?? [];
    expect(missing).toEqual([]);
  });

  test('the instrument lists the question ids in guide order, each numbered within its section', () => {
    const instrument = loadInstrument();
    const ids = [...instrument.questionIds];
    expect(ids).toHaveLength(30);
    expect(ids.slice(0, 4)).toEqual(['g1.1', 'g1.2', 'g2.1', 'g2.2']);
    for (const section of guide().sections) {
      section.questions.forEach((question, index) => expect(question.id).toBe(`${section.id}.${index + 1}`));
    }
    expect(ids.every((id) => instrument.questionById.get(id)?.id === id)).toBe(true);
  });

  test('the question about the informant keeps the report’s wording and asks for no names', () => {
    const question = loadInstrument().questionById.get('g1.1');
    expect(question?.text.sv).toBe('Vem är informanten?');
    expect(question?.hint?.sv).toBe('Organisation och roll – inga namn (personuppgifter)');
  });

  test.each([
    ['g2.7', 'kr', 'SEK'],
    ['g6.1', 'årsarbetskrafter', 'full-time equivalents'],
  ])('question %s is answered with a figure in %s', (id, sv, en) => {
    const question = loadInstrument().questionById.get(id);
    expect(question?.kind === 'figure' ? question.unit : null).toEqual({ sv, en });
  });

  test.each([
    ['g2.6', false, [4]],
    ['g3.1', false, [5]],
    ['g5.1', true, [8, 8]],
    ['g6.3', true, [8]],
  ] as const)('question %s offers the options the guide lists, with a free field: %s', (id, other, sizes) => {
    const question = loadInstrument().questionById.get(id);
    if (question?.kind !== 'choices') throw new Error(`${id} is not a question with choices`);
    expect(question.other).toBe(other);
    expect(question.optionGroups.map((group) => group.options.length)).toEqual(sizes);
  });

  test('the sections of an area are found by its id; the opening and the summing up belong to none', () => {
    const instrument = loadInstrument();
    expect(instrument.sectionsByArea.get('4')?.map((section) => section.id)).toEqual(['g5']);
    expect([...instrument.sectionsByArea.keys()]).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  test('criteria without a guide have no questions', () => {
    const json = readCriteriaJson('bilaga1.json') as Json;
    delete json.guide;
    const result = parseCriteria(json);
    expect(result.ok && buildInstrument(result.value, loadCounties()).questionIds.size).toBe(0);
  });
});

function problemsOf(mutate: (json: Json) => void): Problem[] {
  const json = readCriteriaJson('bilaga1.json') as Json;
  mutate(json);
  const result = parseCriteria(json);
  if (result.ok) throw new Error('expected the mutated criteria to be rejected');
  return result.problems;
}

describe('an invalid guide', () => {
  test.each<[string, (json: Json) => void, string, string]>([
    [
      'a question id used twice',
      (json) => (json.guide.sections[7].questions[1].id = 'g2.1'),
      'guide.sections[7].questions[1].id',
      "dubblett: frågan 'g2.1' finns redan",
    ],
    [
      'a section id used twice',
      (json) => (json.guide.sections[2].id = 'g1'),
      'guide.sections[2].id',
      "dubblett: avsnittet 'g1' finns redan",
    ],
    [
      'a section tied to an area the criteria do not have',
      (json) => (json.guide.sections[1].area = '9'),
      'guide.sections[1].area',
      "okänt område '9'",
    ],
    [
      'an option id used twice in a question',
      (json) => (json.guide.sections[4].questions[0].optionGroups[1].options[0].id = 'fou-miljo'),
      'guide.sections[4].questions[0].optionGroups[1].options[0].id',
      "dubblett: valet 'fou-miljo' finns redan i frågan",
    ],
    [
      'a figure without a unit',
      (json) => delete json.guide.sections[1].questions[6].unit,
      'guide.sections[1].questions[6].unit',
      'förväntat object',
    ],
    [
      'a group of choices without options',
      (json) => (json.guide.sections[1].questions[5].optionGroups[0].options = []),
      'guide.sections[1].questions[5].optionGroups[0].options',
      'minst ett val',
    ],
    [
      'a section without questions',
      (json) => (json.guide.sections[7].questions = []),
      'guide.sections[7].questions',
      'minst en fråga',
    ],
    [
      'a blank prompt',
      (json) => (json.guide.sections[1].questions[0].items[0].items[1].text.sv = ' '),
      'guide.sections[1].questions[0].items[0].items[1].text.sv',
      'tom',
    ],
    [
      'an unknown field in a question',
      (json) => (json.guide.sections[0].questions[0].tips = 'x'),
      'guide.sections[0].questions[0]',
      'Okänd nyckel: "tips"',
    ],
  ])('a guide with %s is rejected at the offending place', (_case, mutate, path, message) => {
    const problems = problemsOf(mutate);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toContain(message);
  });

  test('a question of an unknown kind is rejected with the kinds there are', () => {
    const problems = problemsOf((json) => (json.guide.sections[0].questions[0].kind = 'fritext'));
    expect(problems.map((problem) => problem.path)).toEqual(['guide.sections[0].questions[0].kind']);
  });
});
