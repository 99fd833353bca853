import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import { recordRenders } from './react-commits';
import { renderWithServices } from './render-with-services';

const statement = (id: string) => screen.getByRole('group', { name: new RegExp(`^${id.replace('.', '\\.')} `) });
const VIEWS = ['ScoringPage', 'AreaSection', 'StatementItem', 'AreaRatingPanel', 'WhatIsNeeded'];

function viewRenders(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(VIEWS.map((name) => [name, counts[name] ?? 0]));
}

test.each([
  ['a change of score', '4.2', '2 Väl uppfyllt', { ScoringPage: 0 }],
  ['a first score, which changes the count of scored statements', '4.1', '1 Till viss del', { ScoringPage: 1 }],
])('%s renders one statement and the rating and needs of its own area only', async (_case, id, label, page) => {
  const user = userEvent.setup();
  renderWithServices(<ScoringPage code="06" />, {
    assessments: { '06': { scores: { '1.1': 2, '4.2': 0 }, notes: {} } },
  });
  const recorder = recordRenders();
  await user.click(within(statement(id)).getByRole('radio', { name: label }));
  expect(viewRenders(recorder.stop())).toEqual({
    ScoringPage: page.ScoringPage,
    AreaSection: 0,
    StatementItem: 1,
    AreaRatingPanel: 1,
    WhatIsNeeded: 1,
  });
});
