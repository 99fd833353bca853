import { render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { Shell } from '../../src/app/shell';
import { localize } from '../../src/domain/localize';
import { createI18n } from '../../src/i18n/i18n';
import { I18nProvider } from '../../src/i18n/use-translation';
import { ServicesProvider, type Services } from '../../src/providers/services';
import { createSaver } from '../../src/store/persistence';
import { createSaveStatusStore } from '../../src/store/save-status-store';
import { createWorkspaceStore } from '../../src/store/workspace-store';
import { allScored, loadInstrument } from '../unit/load-instrument';
import { freshTestStorage } from './render-with-services';

// Every message is wrapped in ⟦ ⟧. Rendered in that "language", any visible or spoken text left
// outside the marks, other than data (counties, criteria texts, numbers), was not taken from the
// catalogue: a hard-coded string.
const OPEN = '⟦';
const CLOSE = '⟧';
const markedI18n = (lang: 'sv' | 'en') => createI18n(lang, { decorate: (message) => `${OPEN}${message}${CLOSE}` });

const instrument = loadInstrument();
const NOTE = 'Anteckning från intervjun';
const data = [
  ...instrument.counties.flatMap((county) => [county.name, county.code]),
  ...instrument.statements.flatMap((statement) => [statement.id, statement.text.sv, statement.text.en ?? '']),
  ...instrument.areas.flatMap(({ area }) => [
    area.title.sv, area.title.en ?? '', area.figureTitle.sv, area.figureTitle.en ?? '',
    ...area.groups.flatMap((group) => [localize(group.heading, 'sv'), localize(group.heading, 'en'), group.intro?.sv ?? '', group.intro?.en ?? '']),
    ...area.levels.flatMap((level) => [level.label.sv, level.label.en ?? '']),
  ]),
  ...instrument.criteria.scale.flatMap((step) => [step.label.sv, step.label.en ?? '']),
  instrument.criteria.instruction?.sv ?? '', instrument.criteria.instruction?.en ?? '',
  instrument.criteria.id, instrument.criteria.title.sv, instrument.criteria.title.en ?? '',
  NOTE,
].filter((text) => text !== '').sort((a, b) => b.length - a.length);

// The rating reasons are written by the domain in the interface language (src/domain/rating).
const DOMAIN_WORDS = /(?<!\p{L})(minst|av|och|är|båda|alla|uppfyllt|ej|när|annars|at least|of|and|are|both|all|met|not|when|otherwise|Ej bedömd|Not rated|påståenden?|saknar|poäng|statements?|ha(s|ve)|no|score)(?!\p{L})/gu;

function leftover(text: string): string {
  // Messages can hold other messages: remove the innermost marked spans until none is left.
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const value of data) rest = rest.split(value).join(' ');
  return rest.replace(DOMAIN_WORDS, ' ').replace(/[\d\s.,:;()–\-—=≥<>/#…✓·]+/g, ' ').trim();
}

function unmarkedTexts(): string[] {
  const found: string[] = [];
  const body = document.body;
  // Text nodes joined with spaces, so that words of neighbouring elements do not run together.
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  const text = leftover(parts.join(' '));
  if (text !== '') found.push(`text: ${text}`);
  for (const element of body.querySelectorAll('*')) {
    for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
      const value = element.getAttribute(attribute);
      if (value && leftover(value) !== '') found.push(`${attribute}: ${value}`);
    }
  }
  return found;
}

function services(): Services {
  const saveStatusStore = createSaveStatusStore();
  const storage = freshTestStorage();
  const saver = createSaver(storage, instrument, saveStatusStore, 'tab');
  const workspace = {
    assessments: {
      '06': { scores: { '1.1': 2 as const, '4.1': 2 as const, '4.2': 1 as const }, notes: { '1.1': NOTE } },
      '07': allScored(instrument, 1),
    },
  };
  return { instrument, workspaceStore: createWorkspaceStore({ initial: workspace, onLocalChanges: saver.enqueue }), saveStatusStore, saver, storage };
}

afterEach(() => {
  window.location.hash = '';
});

const ROUTES: [string, string][] = [
  ['#/lan', 'h1'],
  ['#/lan/06', 'h1'],
  ['#/lan/07', 'h1'],
  ['#/figurer', 'h1'],
  ['#/data', 'h1'],
  ['#/jamfor', 'h1'],
  ['#/jamfor?sortera=omrade-3&visa=07-3', 'h1'],
  ['#/jamfor/pastaenden?sortera=summa', 'h1'],
  ['#/jamfor/lan?valda=06,07,09', 'h1'],
  ['#/regler', 'h1'],
  ['#/rapport', 'h1'],
  ['#/rapport?lan=ja', 'h1'],
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
    await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 });
    expect(unmarkedTexts()).toEqual([]);
  },
);
