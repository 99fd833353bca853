import { render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { Shell } from '../../src/app/shell';
import type { LocalizedText } from '../../src/domain/criteria/criteria-schema';
import type { GuideItem } from '../../src/domain/criteria/guide-schema';
import { localize, type Language } from '../../src/domain/localize';
import { describeCondition, describeOutcome } from '../../src/domain/rating/describe-condition';
import { describeAreaRule } from '../../src/domain/rating/describe-level';
import { NOT_RATED_LABEL, rateCounty, summarizeRating } from '../../src/domain/rating/rate-area';
import { assessmentOf, type RoundScores } from '../../src/domain/workspace/assessment';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { createI18n } from '../../src/i18n/i18n';
import { I18nProvider } from '../../src/i18n/use-translation';
import { ServicesProvider, type Services } from '../../src/providers/services';
import { createSaver } from '../../src/store/persistence';
import { createSaveStatusStore } from '../../src/store/save-status-store';
import { createWorkspaceStore } from '../../src/store/workspace-store';
import { allScored, loadInstrument } from '../unit/load-instrument';
import { oneRound, TEST_ROUND } from '../unit/one-round';
import { freshTestStorage } from './render-with-services';

// Every message is wrapped in ⟦ ⟧. Rendered in that "language", any visible or spoken text left
// outside the marks, other than data (counties, criteria texts, numbers) and the rating texts the
// domain writes (domainTexts below), was not taken from the catalogue: a hard-coded string.
const OPEN = '⟦';
const CLOSE = '⟧';
const markedI18n = (lang: 'sv' | 'en') => createI18n(lang, { decorate: (message) => `${OPEN}${message}${CLOSE}` });

const instrument = loadInstrument();
const NOTE = 'Anteckning från intervjun';
const GROUP_REASON = 'Gruppen såg ett etablerat samarbete som poängen inte fångar';
const SUMMARY = 'Samlad bedömning från gruppen';
const COMMENT = 'Kommentar från gruppen';
const ROUND = { ...TEST_ROUND, name: 'Inventeringen i år' };
/** A round before it, rated with the first revision of the rule, so that change and the report's part on it are shown. */
const EARLIER_ROUND = { id: '2016', name: 'Inventeringen 2016', period: '2016', criteria: TEST_ROUND.criteria, ruleRevision: 1 };
const data = [
  ...instrument.counties.flatMap((county) => [county.name, county.code]),
  ...instrument.statements.flatMap((statement) => [statement.id, statement.text.sv, statement.text.en ?? '']),
  ...instrument.areas.flatMap(({ area }) => [
    area.title.sv, area.title.en ?? '', area.shortTitle.sv, area.shortTitle.en ?? '', area.figureTitle.sv, area.figureTitle.en ?? '',
    ...area.groups.flatMap((group) => [localize(group.heading, 'sv'), localize(group.heading, 'en'), group.intro?.sv ?? '', group.intro?.en ?? '']),
    ...area.levels.flatMap((level) => [
      level.label.sv, level.label.en ?? '', level.description?.sv ?? '', level.description?.en ?? '',
      ...level.conditions.flatMap((condition) => [condition.basis.why.sv, condition.basis.why.en ?? '']),
    ]),
  ]),
  ...instrument.criteria.revisions.flatMap((revision) => [revision.change.sv, revision.change.en ?? '']),
  ...instrument.criteria.scale.flatMap((step) => [step.label.sv, step.label.en ?? '']),
  instrument.criteria.instruction?.sv ?? '', instrument.criteria.instruction?.en ?? '',
  instrument.criteria.id, instrument.criteria.title.sv, instrument.criteria.title.en ?? '',
  ...guideTexts(),
  NOTE, GROUP_REASON, ROUND.name, EARLIER_ROUND.name, SUMMARY, COMMENT,
].filter((text) => text !== '');

/** Every text of the interview guide: titles, introductions, questions, hints, prompts, units and options. */
function guideTexts(): string[] {
  const guide = instrument.criteria.guide;
  if (!guide) return [];
  const both = (text: LocalizedText | undefined) => (text ? [text.sv, text.en ?? ''] : []);
  const items = (list: readonly GuideItem[] = []): string[] => list.flatMap((item) => [...both(item.text), ...items(item.items)]);
  return [
    ...both(guide.title),
    ...guide.sections.flatMap((section) => [
      ...both(section.title),
      ...both(section.intro),
      ...section.questions.flatMap((question) => [
        ...both(question.text),
        ...both(question.hint),
        ...items(question.items),
        ...(question.kind === 'figure' ? both(question.unit) : []),
        ...(question.kind === 'choices' ? question.optionGroups.flatMap((group) => [...both(group.label), ...group.options.flatMap((option) => both(option.label))]) : []),
      ]),
    ]),
  ];
}

/** The agreed scores of the round in use, with a level the group set against the rule (area 4 of 06). */
const roundScores: RoundScores = {
  assessments: {
    '06': { scores: { '1.1': 2, '4.1': 2, '4.2': 1 }, notes: { '1.1': NOTE } },
    '07': allScored(instrument, 1),
  },
  groupLevels: { '06': { '4': { level: 2, reason: GROUP_REASON } } },
};

/**
 * The texts the domain writes in the interface language (src/domain/rating), whole: every
 * condition and level rule of the instrument, and every county's ratings and their reasons for
 * the round shown. Only the language shown is let through, and only as these whole texts:
 * the words they are made of ("of", "and", "not", "all", …) are not allowed by themselves.
 */
function domainTexts(lang: Language): string[] {
  return [
    localize(NOT_RATED_LABEL, lang),
    ...instrument.areas.flatMap((area) => [
      ...describeAreaRule(area, instrument, lang),
      ...area.levelsStrongestFirst.flatMap((level) => level.conditions.map((condition) => describeCondition(condition, instrument, lang))),
    ]),
    // The rule's ratings (the county page's live panel) and the ratings with the group's levels (lists, figures, report).
    ...instrument.counties.flatMap((county) =>
      [
        ...rateCounty(instrument, assessmentOf(roundScores, county.code)),
        ...rateCounty(instrument, assessmentOf(roundScores, county.code), roundScores.groupLevels?.[county.code]),
      ].flatMap((rating) => [
        summarizeRating(rating, instrument, lang),
        ...(rating.status === 'rated' ? rating.checks.flatMap((check) => check.conditions.map((condition) => describeOutcome(condition, instrument, lang))) : []),
      ]),
    ),
  ];
}
const allowed = {
  sv: [...new Set([...data, ...domainTexts('sv')])].sort((a, b) => b.length - a.length),
  en: [...new Set([...data, ...domainTexts('en')])].sort((a, b) => b.length - a.length),
};

function leftover(text: string, lang: Language): string {
  // Messages can hold other messages: remove the innermost marked spans until none is left.
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  // Longest first, so that a text holding a shorter one goes whole.
  for (const value of allowed[lang]) rest = rest.split(value).join(' ');
  // Numbers, with the signs of a change (+1, −1), and punctuation.
  return rest.replace(/[\d\s.,:;()–\-—=≥<>/#…✓·+−]+/g, ' ').trim();
}

function unmarkedTexts(lang: Language): string[] {
  const found: string[] = [];
  const body = document.body;
  // Text nodes joined with spaces, so that words of neighbouring elements do not run together.
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  const text = leftover(parts.join(' '), lang);
  if (text !== '') found.push(`text: ${text}`);
  for (const element of body.querySelectorAll('*')) {
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const value = element.getAttribute(attribute);
      if (value && leftover(value, lang) !== '') found.push(`${attribute}: ${value}`);
    }
  }
  return found;
}

function services(): Services {
  const saveStatusStore = createSaveStatusStore();
  const storage = freshTestStorage();
  const saver = createSaver(storage, instrument, saveStatusStore, 'tab', ROUND);
  // The county's check: a summary, a comment and a status, shown on its page, in the list and in the report.
  const initial = applyChanges(oneRound(roundScores, ROUND), [
    { field: 'summary', round: ROUND.id, county: '06', value: SUMMARY },
    { field: 'comment', round: ROUND.id, county: '06', area: '4', value: COMMENT },
    { field: 'status', round: ROUND.id, county: '06', at: '2026-03-12T12:00:00.000Z', value: 'skickad' },
    { field: 'round', round: EARLIER_ROUND.id, value: { name: EARLIER_ROUND.name, period: EARLIER_ROUND.period, criteria: EARLIER_ROUND.criteria, ruleRevision: 1 } },
    ...Object.entries(allScored(instrument, 2).scores).map(([statement, value]): Change => ({ field: 'score', round: EARLIER_ROUND.id, rater: AGREED, county: '07', statement, value })),
    { field: 'score', round: EARLIER_ROUND.id, rater: AGREED, county: '06', statement: '1.1', value: 0 },
  ]);
  return { instrument, workspaceStore: createWorkspaceStore({ initial, onLocalChanges: saver.enqueue }), saveStatusStore, saver, storage };
}

afterEach(() => {
  window.location.hash = '';
});

const ROUTES: [string, string][] = [
  ['#/lan', 'h1'],
  ['#/lan/06', 'h1'],
  ['#/lan/07', 'h1'],
  ['#/lan/06/intervju', 'h1'],
  ['#/lan/06/forandring', 'h1'],
  ['#/figurer', 'h1'],
  ['#/data', 'h1'],
  ['#/jamfor', 'h1'],
  ['#/jamfor?sortera=omrade-3&visa=07-3', 'h1'],
  ['#/jamfor/pastaenden?sortera=summa', 'h1'],
  ['#/jamfor/lan?valda=06,07,09', 'h1'],
  ['#/forandring', 'h1'],
  ['#/forandring?regel=2&sortera=summa', 'h1'],
  ['#/regler', 'h1'],
  ['#/rapport', 'h1'],
  ['#/rapport?lan=ja', 'h1'],
  ['#/rapport?lan=06&avstamning=ja', 'h1'],
  ['#/overensstammelse', 'h1'],
  ['#/informanter', 'h1'],
  ['#/tillganglighet', 'h1'],
  ['#/finns-inte', 'h1'],
];

test.each((['sv', 'en'] as const).flatMap((lang) => ROUTES.map(([route]) => [lang, route] as const)))(
  'in %s, every text on %s comes from the message catalogue or from the data',
  async (lang, route) => {
    window.location.hash = route;
    render(
      <I18nProvider i18n={markedI18n(lang)}>
        <ServicesProvider services={services()}>
          <Shell unreadable={null} />
        </ServicesProvider>
      </I18nProvider>,
    );
    // Lazy pages load their chunk first; under a loaded test run that can take a few seconds.
    await screen.findByRole('heading', { level: 1 });
    // So does the county page's summary and check, below its statements.
    if (route === '#/lan/06') await screen.findByRole('combobox', { name: /Status/ });
    expect(unmarkedTexts(lang)).toEqual([]);
  },
);

// The scan itself: the domain's words get through only inside the domain's whole texts.
const firstArea = instrument.areas[0];
if (!firstArea) throw new Error('the instrument has no area');
const rule = (lang: Language) => describeAreaRule(firstArea, instrument, lang).join(' ');

test.each([
  ['en', 'not all'],
  ['en', 'all of'],
  ['en', 'no and'],
  ['en', 'not met'],
  ['en', 'at least 4 of'],
  ['en', 'all of 3.1–3.3 are'],
  ['sv', 'ej alla'],
  ['sv', 'alla av'],
  ['sv', 'ej uppfyllt'],
  ['sv', 'minst 4 av'],
] as const)('in %s, a hard-coded "%s" beside catalogue texts and numbers is found', (lang, phrase) => {
  expect(leftover(`⟦Nivå: ⟦2⟧⟧ ${phrase} (2.1–2.6)`, lang)).not.toBe('');
});

test.each([['sv'], ['en']] as const)('in %s, the rule of an area as the domain writes it is let through', (lang) => {
  expect(rule(lang)).toMatch(lang === 'en' ? /at least 4 of 2\.1–2\.6/ : /minst 4 av 2\.1–2\.6/);
  expect(leftover(`⟦Regel⟧ ${rule(lang)}`, lang)).toBe('');
});

test('the domain\'s texts in the other language are found: a view must write them in the language shown', () => {
  expect(leftover(rule('sv'), 'en')).not.toBe('');
  expect(leftover(rule('en'), 'sv')).not.toBe('');
});
