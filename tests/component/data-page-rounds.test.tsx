import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import { EMPTY_WORKSPACE } from '../../src/domain/workspace/workspace';
import DataPage from '../../src/features/data/data-page';
import type * as Download from '../../src/lib/download';
import { downloadText } from '../../src/lib/download';
import { raterChoice } from '../../src/store/rater-choice';
import { freshTestStorage, renderWithServices } from './render-with-services';

vi.mock('../../src/lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof Download>()),
  downloadText: vi.fn(),
}));

const CRITERIA = 'bilaga1-2016';
const score = (round: string, rater: string, county: string, statement: string, value: 0 | 1 | 2): Change => ({ field: 'score', round, rater, county, statement, value });

/** Two rounds, each with agreed scores; Anna and Bo have scored in 2016. */
const workspace = applyChanges(EMPTY_WORKSPACE, [
  { field: 'round', round: '2016', value: { name: 'Första omgången', period: '2016', criteria: CRITERIA } },
  { field: 'round', round: '2026', value: { name: '2026', period: '2026', criteria: CRITERIA } },
  { field: 'rater', rater: 'anna', value: { name: 'Anna Berg' } },
  { field: 'rater', rater: 'bo', value: { name: 'Bo' } },
  score('2016', AGREED, '06', '1.1', 2),
  score('2016', 'anna', '06', '1.1', 1),
  { field: 'done', round: '2016', rater: 'anna', county: '06', value: true },
  score('2016', 'bo', '06', '1.1', 2),
  score('2026', AGREED, '01', '1.1', 0),
]);

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-25T10:15:00Z') });
});

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(downloadText).mockReset();
  raterChoice.getState().setRater(AGREED);
});

/** The data page with the round in use named by the address, as `?omgang=2016` does. */
const openData = (round: string, language: 'sv' | 'en' = 'sv') => renderWithServices(<DataPage />, workspace, freshTestStorage(), language, {}, round);

async function download(name: string | RegExp): Promise<{ fileName: string; text: string }> {
  await userEvent.setup().click(screen.getByRole('button', { name }));
  const [fileName = '', text = ''] = vi.mocked(downloadText).mock.lastCall ?? [];
  return { fileName, text: text.replace(/^\uFEFF/, '') };
}

test('the scores CSV holds every round and rater, and the page says the table and the levels are the round in use', async () => {
  openData('2016');
  expect(screen.getByText(/Poängen omfattar alla omgångar och alla bedömare\. Poängtabellen och nivåerna gäller de gemensamma poängen i omgång Första omgången\./)).toBeInTheDocument();
  const { text } = await download('Ladda ner poängen (CSV)');
  expect(text.split('\r\n')).toEqual([
    'omgang;lan;bedomare;pastaende;poang;anteckning',
    '2016;06;;1.1;2;',
    '2016;06;Anna Berg;1.1;1;',
    '2016;06;Bo;1.1;2;',
    '2026;01;;1.1;0;',
    '',
  ]);
});

test('the score table is the agreed scores of the round in use', async () => {
  openData('2026');
  const { text } = await download('Ladda ner poängtabellen (CSV)');
  const lines = text.split('\r\n');
  expect(lines[1]?.startsWith('01;Stockholm;0;')).toBe(true);
  expect(lines[5]?.startsWith('06;Jönköping;;')).toBe(true);
});

test('with the group chosen under “Jag är” there is nothing of one’s own to download', () => {
  openData('2016');
  expect(screen.queryByRole('button', { name: /mina bedömningar/ })).not.toBeInTheDocument();
});

test('a rater downloads their own scores and done marks of the round in use, named by round, rater and date', async () => {
  raterChoice.getState().setRater('anna');
  openData('2016');
  const { fileName, text } = await download('Ladda ner mina bedömningar (Anna Berg, omgång Första omgången)');
  expect(fileName).toBe('lansinventering-2016-anna-2026-11-25.json');
  const file = JSON.parse(text) as { rounds: { id: string }[]; raters: { id: string }[]; assessments: unknown[]; groupLevels: unknown[] };
  expect(file.rounds.map((round) => round.id)).toEqual(['2016']);
  expect(file.raters.map((rater) => rater.id)).toEqual(['anna']);
  expect(file.assessments).toEqual([{ round: '2016', county: '06', rater: 'anna', done: true, scores: { '1.1': 1 }, notes: {} }]);
  expect(file.groupLevels).toEqual([]);
});

test('in English the download of one’s own assessments speaks English', () => {
  raterChoice.getState().setRater('bo');
  openData('2026', 'en');
  expect(screen.getByRole('button', { name: 'Download my assessments (Bo, round 2026)' })).toBeInTheDocument();
});

test('a scores CSV with rounds and raters is matched to the workspace’s raters and previewed before it is merged', async () => {
  const user = userEvent.setup();
  const { services } = openData('2016');
  const csv = '\uFEFFomgang;lan;bedomare;pastaende;poang;anteckning\r\n2016;06;ANNA BERG;1.2;2;\r\n2031;07;Eva;2.1;1;Ny bedömare\r\n';
  await user.upload(screen.getByLabelText(/Välj en fil att importera/), new File([csv], 'poang.csv', { type: 'text/csv' }));

  const preview = await screen.findByRole('status');
  expect(preview).toHaveTextContent('Omgångar som skapas: 2031');
  expect(preview).toHaveTextContent('Bedömare som läggs till: Eva');
  expect(screen.queryByLabelText('Omgång som filens poäng läses in i:')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Importera och slå ihop' }));

  const state = services.workspaceStore.getState();
  expect(state.data['2016']?.raters.anna?.['06']?.scores).toEqual({ '1.1': 1, '1.2': 2 });
  expect(state.data['2031']?.raters.eva?.['07']).toEqual({ scores: { '2.1': 1 }, notes: { '2.1': 'Ny bedömare' } });
  expect(state.raters.eva).toEqual({ name: 'Eva' });
});
