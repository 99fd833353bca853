import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import type { Statement } from '../../src/domain/criteria/criteria-schema';
import { AGREED, applyChanges, type Change } from '../../src/domain/workspace/changes';
import type * as AreaRatingPanelModule from '../../src/features/scoring/area-rating-panel';
import type * as AreaSectionModule from '../../src/features/scoring/area-section';
import type * as ScoringBarModule from '../../src/features/scoring/scoring-bar';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import type * as ScoringPageModule from '../../src/features/scoring/scoring-page';
import { StatementItem } from '../../src/features/scoring/statement-item';
import type * as StatementItemModule from '../../src/features/scoring/statement-item';
import type * as WhatIsNeededModule from '../../src/features/scoring/what-is-needed';
import { loadInstrument } from '../unit/load-instrument';
import { TEST_ROUND } from '../unit/one-round';
import { recordRenders } from './render-counts';
import { renderWithServices } from './render-with-services';

// Every view of the scoring page is counted, each under its name and what it shows: a render the
// click should not cause shows up as a count of its own.
vi.mock('../../src/features/scoring/scoring-page', async (importOriginal) => {
  const { countRenders } = await import('./render-counts');
  const { ScoringPage } = await importOriginal<typeof ScoringPageModule>();
  return { ScoringPage: countRenders(ScoringPage, () => 'ScoringPage') };
});
vi.mock('../../src/features/scoring/area-section', async (importOriginal) => {
  const { countRenders } = await import('./render-counts');
  const { AreaSection } = await importOriginal<typeof AreaSectionModule>();
  return { AreaSection: countRenders(AreaSection, ({ area }) => `AreaSection ${area.area.id}`) };
});
vi.mock('../../src/features/scoring/statement-item', async (importOriginal) => {
  const { countRenders } = await import('./render-counts');
  const { StatementItem } = await importOriginal<typeof StatementItemModule>();
  return { StatementItem: countRenders(StatementItem, ({ statement }) => `StatementItem ${statement.id}`) };
});
vi.mock('../../src/features/scoring/scoring-bar', async (importOriginal) => {
  const { countRenders } = await import('./render-counts');
  const { ScoringBar } = await importOriginal<typeof ScoringBarModule>();
  return { ScoringBar: countRenders(ScoringBar, () => 'ScoringBar') };
});
vi.mock('../../src/features/scoring/area-rating-panel', async (importOriginal) => {
  const { countRenders } = await import('./render-counts');
  const { AreaRatingPanel } = await importOriginal<typeof AreaRatingPanelModule>();
  return { AreaRatingPanel: countRenders(AreaRatingPanel, ({ area }) => `AreaRatingPanel ${area.area.id}`) };
});
vi.mock('../../src/features/scoring/what-is-needed', async (importOriginal) => {
  const { countRenders } = await import('./render-counts');
  const { WhatIsNeeded } = await importOriginal<typeof WhatIsNeededModule>();
  return { WhatIsNeeded: countRenders(WhatIsNeeded, ({ area }) => `WhatIsNeeded ${area.area.id}`) };
});

const statement = (id: string) => screen.getByRole('group', { name: new RegExp(`^${id.replace('.', '\\.')} `) });

// The bar at the top follows the focus into area 4 (once) and shows the count (with the page).
test.each([
  ['a change of score', '4.2', '2 Väl uppfyllt', { ScoringBar: 1 }],
  ['a first score, which changes the count of scored statements', '4.1', '1 Till viss del', { ScoringPage: 1, ScoringBar: 2 }],
])('%s renders one statement and the rating and needs of its own area only', async (_case, id, label, page) => {
  const user = userEvent.setup();
  renderWithServices(<ScoringPage code="06" />, {
    assessments: { '06': { scores: { '1.1': 2, '4.2': 0 }, notes: {} } },
  });
  const recorder = recordRenders();
  await user.click(within(statement(id)).getByRole('radio', { name: label }));
  // No AreaSection at all, and nothing of another area or another statement.
  expect(recorder.stop()).toEqual({
    ...page,
    [`StatementItem ${id}`]: 1,
    'AreaRatingPanel 4': 1,
    'WhatIsNeeded 4': 1,
  });
});

test('confirming a carried-over score renders its statement and the rating and needs of its own area only', async () => {
  const user = userEvent.setup();
  const { id, ...details } = TEST_ROUND;
  const earlier = loadInstrument().statementIds.map((statement): Change => ({ field: 'score', round: '2016', rater: AGREED, county: '06', statement, value: 1 }));
  const workspace = applyChanges(
    { rounds: { '2016': { ...details, name: '2016', period: '2016' }, [id]: { ...details, startsFrom: '2016' } }, raters: {}, data: {} },
    [...earlier, { field: 'score', round: id, rater: AGREED, county: '06', statement: '1.1', value: 2 }],
  );
  renderWithServices(<ScoringPage code="06" />, workspace);
  const recorder = recordRenders();
  await user.click(within(statement('4.2')).getByRole('button', { name: 'Bekräfta 4.2' }));
  expect(recorder.stop()).toEqual({
    ScoringPage: 1,
    ScoringBar: 2,
    'StatementItem 4.2': 1,
    'AreaRatingPanel 4': 1,
    'WhatIsNeeded 4': 1,
  });
});

/** Draws a statement, and again, with the same props, at each click of its button. */
function Redrawn({ statement }: { statement: Statement }) {
  const [times, setTimes] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setTimes(times + 1)}>
        {`redraw ${times}`}
      </button>
      <StatementItem statement={statement} countyCode="06" />
    </>
  );
}

test('a statement drawn again by its area with the same props does not render again', async () => {
  const user = userEvent.setup();
  const item = loadInstrument().statementById.get('4.2');
  if (!item) throw new Error('no statement 4.2');
  renderWithServices(<Redrawn statement={item} />);
  const recorder = recordRenders();
  await user.click(screen.getByRole('button', { name: 'redraw 0' }));
  expect(screen.getByRole('button', { name: 'redraw 1' })).toBeInTheDocument();
  expect(recorder.stop()).toEqual({});
});

test('the counting sees every view: the first drawing renders each of them once', () => {
  const { statements, areas } = loadInstrument();
  const recorder = recordRenders();
  renderWithServices(<ScoringPage code="06" />, { assessments: {} });
  expect(recorder.stop()).toEqual(
    Object.fromEntries([
      'ScoringPage',
      'ScoringBar',
      ...areas.flatMap(({ area }) => [`AreaSection ${area.id}`, `AreaRatingPanel ${area.id}`, `WhatIsNeeded ${area.id}`]),
      ...statements.map((s) => `StatementItem ${s.id}`),
    ].map((name) => [name, 1])),
  );
});
