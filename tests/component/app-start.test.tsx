import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import { App } from '../../src/app/app';
import { createI18n } from '../../src/i18n/i18n';
import { I18nProvider } from '../../src/i18n/use-translation';
import { createBrowserStorage } from '../../src/store/workspace-storage';
import { readCriteriaJson } from '../unit/load-instrument';

const withI18n = (ui: ReactNode) => <I18nProvider i18n={createI18n('sv')}>{ui}</I18nProvider>;

let databases = 0;
const freshStorage = () => createBrowserStorage(`app-start-test-${(databases += 1)}`, null);

/** Serves the criteria files as a static host would, optionally changed first. */
function serveCriteria(change: (criteria: Record<string, unknown>) => void = () => {}) {
  const criteria = readCriteriaJson('bilaga1.json') as Record<string, unknown>;
  change(criteria);
  const files: Record<string, unknown> = {
    'criteria/bilaga1.json': criteria,
    'criteria/counties.json': readCriteriaJson('counties.json'),
  };
  vi.stubGlobal('fetch', (url: string) => {
    const body = files[url];
    return Promise.resolve(
      body === undefined ? new Response('not found', { status: 404 }) : new Response(JSON.stringify(body)),
    );
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.location.hash = '';
});

test('the app starts on the county list once the criteria files are loaded and checked', async () => {
  serveCriteria();
  render(withI18n(<App storage={freshStorage()} />));
  expect(await screen.findByRole('heading', { level: 1, name: 'Län' })).toBeInTheDocument();
  // A fresh workspace opens with a round of this year, which is saved at once.
  await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Sparat'));
});

test('scores saved earlier are restored when the app starts', async () => {
  serveCriteria();
  const storage = freshStorage();
  await storage.update(() => ({
    stamps: undefined,
    document: {
    format: 'lansinventering-scores',
    version: 1,
    criteria: 'bilaga1-2016',
    exportedAt: '2026-11-20T10:00:00.000Z',
    assessments: [{ county: '09', scores: { '4.1': 2, '4.2': 2 }, notes: {} }],
    },
  }));
  render(withI18n(<App storage={storage} />));
  const gotland = await screen.findByRole('row', { name: /^Gotland/ });
  expect(gotland).toHaveTextContent('2 av 32');
  expect(gotland).toHaveTextContent('Välutvecklade samarbeten och överblick');
});

test('an invalid criteria file shows each problem by its path instead of the app', async () => {
  serveCriteria((criteria) => {
    const areas = criteria.areas as { levels: { conditions: { statements: string[] }[] }[] }[];
    const condition = areas[2]?.levels[0]?.conditions[0];
    if (condition) condition.statements[2] = '3.9';
  });
  render(withI18n(<App storage={freshStorage()} />));

  expect(await screen.findByRole('heading', { level: 1, name: 'Kriteriefilerna kunde inte läsas' })).toBeInTheDocument();
  expect(screen.getByRole('listitem')).toHaveTextContent("areas[2].levels[0].conditions[0].statements[2]: okänt påstående '3.9'");
});

test('a missing criteria file is named with the reason instead of a blank page', async () => {
  serveCriteria();
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
  render(withI18n(<App storage={freshStorage()} />));

  expect(await screen.findByRole('heading', { level: 2, name: 'criteria/bilaga1.json' })).toBeInTheDocument();
  expect(screen.getAllByText('kunde inte hämtas (HTTP 404)', { exact: false })).toHaveLength(2);
});
