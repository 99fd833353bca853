import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { ScoringPage } from '../../src/features/scoring/scoring-page';
import { WhatIsNeeded } from '../../src/features/scoring/what-is-needed';
import { allScored, allScoredExcept, areaById, idRange, loadInstrument } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();
const panel = (area: string) => screen.getByRole('region', { name: `Vad krävs – område ${area}` });
const twos = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 2 as const]));

test('below the top level it names the unmet condition, the statements below it and how many must rise', () => {
  // Area 5 with six of 5.1–5.8 at 2 and 5.7–5.8 at 1: "Bitvis", and the next level needs all at 2.
  renderWithServices(<WhatIsNeeded area={areaById(instrument, '5')} countyCode="06" />, {
    assessments: { '06': allScored(instrument, 1, twos(idRange('5.', 1, 6))) },
  });
  const region = panel('5');
  expect(within(region).getByText(/^För att nå nivå 3, Välutvecklad kapacitet och kompetens, behöver 1 villkor/)).toBeInTheDocument();
  expect(within(region).getByText('alla av 5.1–5.8 är 2')).toBeInTheDocument();
  const below = within(region).getByRole('list', { name: 'Påståenden under 2' });
  const items = within(below).getAllByRole('listitem');
  expect(items.map((item) => item.textContent?.split(' ')[0])).toEqual(['5.7', '5.8']);
  expect(items[0]).toHaveTextContent(/\(nu 1\)$/);
  expect(within(region).getByText('Alla 2 måste bli minst 2.')).toBeInTheDocument();
});

test('with several statements below, it says how many of them must reach the threshold', () => {
  // Area 2: 2.1–2.4 at 2, 2.5 at 0, 2.6 at 1: level 1; level 2 needs 5 of 6 at 2.
  renderWithServices(<WhatIsNeeded area={areaById(instrument, '2')} countyCode="06" />, {
    assessments: { '06': allScored(instrument, 2, { '2.5': 0, '2.6': 1 }) },
  });
  const region = panel('2');
  expect(within(region).getByText('minst 5 av 2.1–2.6 = 2')).toBeInTheDocument();
  expect(within(region).getByText(/4 av 6 uppfyllda nu/)).toBeInTheDocument();
  const items = within(within(region).getByRole('list', { name: 'Påståenden under 2' })).getAllByRole('listitem');
  expect(items.map((item) => item.textContent?.match(/^\S+/)?.[0])).toEqual(['2.5', '2.6']);
  expect(items[0]).toHaveTextContent(/\(nu 0\)$/);
  expect(within(region).getByText('1 av dessa måste bli minst 2.')).toBeInTheDocument();
});

test('at the top level it says nothing more is needed; unrated it names what is missing', () => {
  renderWithServices(
    <>
      <WhatIsNeeded area={areaById(instrument, '4')} countyCode="06" />
      <WhatIsNeeded area={areaById(instrument, '6')} countyCode="06" />
    </>,
    { assessments: { '06': allScoredExcept(instrument, 2, {}, ['6.2', '6.5']) } },
  );
  expect(within(panel('4')).getByText('Området är på den högsta nivån, Välutvecklade samarbeten och överblick. Inget mer krävs.')).toBeInTheDocument();
  expect(within(panel('6')).getByText('Området är inte bedömt än. Poängsätt först: 6.2, 6.5.')).toBeInTheDocument();
});

test('on the scoring page the advice follows the scores as they are entered', async () => {
  const user = userEvent.setup();
  renderWithServices(<ScoringPage code="06" />, { assessments: { '06': allScored(instrument, 0) } });
  expect(within(panel('4')).getByText('4.1 ≥ 1')).toBeInTheDocument();

  await user.click(within(screen.getByRole('group', { name: /^4\.1 / })).getByRole('radio', { name: '1 Till viss del' }));
  // Still at level 0: the middle level also needs 4.2 ≥ 1.
  expect(within(panel('4')).getByText('4.2 ≥ 1')).toBeInTheDocument();
  await user.click(within(screen.getByRole('group', { name: /^4\.2 / })).getByRole('radio', { name: '1 Till viss del' }));
  // Now at level 1; level 2 needs 4.1 = 2 and 4.2 = 2.
  expect(within(panel('4')).getByText('4.1 = 2')).toBeInTheDocument();
  expect(within(panel('4')).getByText('4.2 = 2')).toBeInTheDocument();
  expect(within(panel('4')).getAllByText('Det måste bli minst 2.')).toHaveLength(2);
});

test('in English every part of the advice is English', () => {
  renderWithServices(
    <WhatIsNeeded area={areaById(instrument, '3')} countyCode="06" />,
    { assessments: { '06': allScored(instrument, 1, { '3.3': 0 }) } },
    undefined,
    'en',
  );
  const region = screen.getByRole('region', { name: 'What is needed – area 3' });
  expect(within(region).getByText('all of 3.1–3.3 are 2')).toBeInTheDocument();
  expect(within(region).getByText('All 3 must reach at least 2.')).toBeInTheDocument();
  expect(within(region).getAllByText('(now 1)')).toHaveLength(2);
});

test('the next level carries the report’s description and each unmet condition its basis', () => {
  // Area 2: 2.1–2.4 at 2, 2.5 at 0, 2.6 at 1: level 1; level 2 needs 5 of 6 at 2, a threshold the tool chose.
  renderWithServices(<WhatIsNeeded area={areaById(instrument, '2')} countyCode="06" />, {
    assessments: { '06': allScored(instrument, 2, { '2.5': 0, '2.6': 1 }) },
  });
  const region = panel('2');
  expect(within(region).getByText(/^Längst till höger i den tredje kolumnen ryms de län/)).toBeInTheDocument();
  const unmet = within(region).getByText('minst 5 av 2.1–2.6 = 2', { selector: 'strong' }).closest('li');
  expect(unmet).toHaveTextContent('Tolkning ”De flesta eller samtliga sakområden” läses som minst 5 av 6 väl uppfyllda.');
});
