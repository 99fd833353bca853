import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useHashRoute } from '../../src/app/use-hash-route';
import { toRuleVariantFile, variantFromCriteria, withThreshold } from '../../src/domain/rules/rule-variant';
import RulesPage from '../../src/features/rules/rules-page';
import { allScored, idRange, loadInstrument } from '../unit/load-instrument';
import { renderWithServices } from './render-with-services';

const instrument = loadInstrument();
const twos = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 2 as const]));
// 06 Jönköping: six of 5.1–5.8 at 2, the rest of everything at 1. 07 Kronoberg: all at 2.
const workspace = {
  assessments: { '06': allScored(instrument, 1, twos(idRange('5.', 1, 6))), '07': allScored(instrument, 2) },
};

/** The page as the app shows it: its parameters read from the address. */
function Routed() {
  return <RulesPage params={useHashRoute().params} />;
}

const atLeast = (area: string, level: number, condition: number) =>
  screen.getByRole('combobox', { name: `Minst antal, område ${area}, nivå ${level}, villkor ${condition}` });
const minScore = (area: string, level: number, condition: number) =>
  screen.getByRole('combobox', { name: `med lägsta poäng, område ${area}, nivå ${level}, villkor ${condition}` });
const changeRows = () => {
  const table = screen.queryByRole('table', { name: /^Län vars nivå ändras/ });
  if (!table) return [];
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent));
};

beforeEach(() => {
  window.location.hash = '#/regler';
});
afterEach(() => {
  window.location.hash = '';
  vi.restoreAllMocks();
});

test('every area rule is written out level by level in words', () => {
  renderWithServices(<Routed />, workspace);
  expect(screen.getByRole('heading', { level: 1, name: 'Regelutforskaren' })).toBeInTheDocument();
  const area1 = screen.getByRole('region', { name: 'Område 1. Styrning och mandat inom politik och förvaltning' });
  expect(within(area1).getByRole('heading', { level: 3, name: 'Nivå 3: Välutvecklad struktur' })).toBeInTheDocument();
  expect(within(area1).getByText('1.5 och 1.6 är båda 2')).toBeInTheDocument();
  expect(within(area1).getByText('minst 4 av 2.1–2.6 ≥ 1')).toBeInTheDocument();
  expect(within(area1).getByText('Reservnivån: gäller när ingen nivå ovanför är uppfylld.')).toBeInTheDocument();
  expect(atLeast('5', 3, 1)).toHaveValue('8');
  expect(screen.getByText(/Med standardregeln byter inget län nivå/)).toBeInTheDocument();
});

test('each level quotes the report’s description of it and each condition says whether the report names it', () => {
  renderWithServices(<Routed />, workspace);
  const area4 = screen.getByRole('region', { name: 'Område 4. Förutsättningar för samarbete' });
  expect(within(area4).getByText(/^Bitvis välutvecklade samarbeten och överblick innebär att/)).toBeInTheDocument();
  expect(within(area4).getAllByText('Enligt rapporten')).toHaveLength(4);
  expect(within(area4).queryByText('Tolkning')).not.toBeInTheDocument();
  const area2 = screen.getByRole('region', { name: 'Område 2. Aktörer med länsövergripande utvecklingsansvar' });
  expect(within(area2).getAllByText('Tolkning')).toHaveLength(2);
  expect(within(area2).getByText('”De flesta eller samtliga sakområden” läses som minst 5 av 6 väl uppfyllda.')).toBeInTheDocument();
  const area5 = screen.getByRole('region', { name: 'Område 5. Kapacitet och kompetens för utvecklingsstöd i länet' });
  expect(within(area5).getAllByText('Rapporten:')).toHaveLength(2);
});

test('lowering area 5 level 3 (the strongest) to at least 6 of 5.1–5.8 lists the county that moves and writes the address', async () => {
  const user = userEvent.setup();
  renderWithServices(<Routed />, workspace);
  expect(changeRows()).toEqual([]);

  await user.selectOptions(atLeast('5', 3, 1), '6');

  expect(changeRows()).toEqual([
    ['Jönköping', '5. Kapacitet och kompetens', 'Bitvis välutvecklad kapacitet och kompetens', 'Välutvecklad kapacitet och kompetens (upp)'],
  ]);
  expect(screen.getByText('Varianten ändrar 1 nivå. Det gäller 1 län.')).toBeInTheDocument();
  expect(window.location.hash).toBe('#/regler?regel=5.3.1-2-6');
  const area5 = screen.getByRole('region', { name: 'Område 5. Kapacitet och kompetens för utvecklingsstöd i länet' });
  expect(within(area5).getByText('minst 6 av 5.1–5.8 = 2')).toBeInTheDocument();
  expect(within(area5).getByText('(standard: alla av 5.1–5.8 är 2)')).toBeInTheDocument();
  const figure = within(area5).getByRole('table', { name: 'Figur 5. Kapacitet och kompetens: antal län med standardregeln och med varianten' });
  expect(within(figure).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
    'Otillräcklig kapacitet och kompetens00',
    'Bitvis välutvecklad kapacitet och kompetens10',
    'Välutvecklad kapacitet och kompetens12',
  ]);

  await user.selectOptions(atLeast('5', 3, 1), '7');
  expect(changeRows()).toEqual([]);
  expect(screen.getByText('Varianten ändrar inte nivån för något bedömt län.')).toBeInTheDocument();

  await user.selectOptions(minScore('5', 3, 1), '1');
  expect(changeRows().map((row) => row[0])).toEqual(['Jönköping']);
  expect(within(area5).getByText('minst 7 av 5.1–5.8 ≥ 1')).toBeInTheDocument();
  expect(window.location.hash).toBe('#/regler?regel=5.3.1-1-7');

  await user.click(screen.getByRole('button', { name: 'Återställ standardregeln' }));
  expect(window.location.hash).toBe('#/regler');
  expect(atLeast('5', 3, 1)).toHaveValue('8');
});

test('a variant in the address is opened with its name; an unreadable part is ignored with a note', () => {
  window.location.hash = '#/regler?variant=Mildare&regel=5.3.1-2-6_9.10.9-9-9';
  renderWithServices(<Routed />, workspace);
  expect(screen.getByRole('textbox', { name: 'Namn på varianten' })).toHaveValue('Mildare');
  expect(screen.getByText('«9.10.9-9-9»: det finns inget sådant område')).toBeInTheDocument();
  expect(screen.getByText(/^Delar av adressen kunde inte läsas/)).toBeInTheDocument();
  expect(changeRows()).toHaveLength(1);
  expect(screen.getByRole('table', { name: 'Län vars nivå ändras med varianten «Mildare»' })).toBeInTheDocument();
});

test('typing a name keeps it in the address', async () => {
  const user = userEvent.setup();
  renderWithServices(<Routed />, workspace);
  await user.type(screen.getByRole('textbox', { name: 'Namn på varianten' }), 'Mild linje');
  expect(screen.getByRole('textbox', { name: 'Namn på varianten' })).toHaveValue('Mild linje');
  expect(window.location.hash).toBe('#/regler?variant=Mild+linje');
});

test('with no county scored the page says that changes show once counties are scored', async () => {
  const user = userEvent.setup();
  renderWithServices(<Routed />);
  await user.selectOptions(atLeast('2', 3, 1), '1');
  expect(screen.getByText('Inget län är bedömt än. Ändringarna visas när län har poängsatts.')).toBeInTheDocument();
  expect(changeRows()).toEqual([]);
});

test('a variant file is loaded into the page, and a broken one is refused with the place of each problem', async () => {
  const user = userEvent.setup();
  renderWithServices(<Routed />, workspace);
  const variant = withThreshold(variantFromCriteria(instrument.criteria, 'Från fil'), 4, 0, 0, { minScore: 2, atLeast: 6 });
  const good = new File([JSON.stringify(toRuleVariantFile(variant))], 'variant.json', { type: 'application/json' });
  await user.upload(screen.getByLabelText('Läs in en variant från en fil (JSON)'), good);

  expect(await screen.findByText('Varianten i «variant.json» är inläst.')).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: 'Namn på varianten' })).toHaveValue('Från fil');
  expect(changeRows()).toHaveLength(1);

  const broken = toRuleVariantFile(variant);
  broken.areas[2]!.levels[0]!.conditions[0]!.atLeast = 4;
  const bad = new File([JSON.stringify(broken)], 'trasig.json', { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Läs in en variant från en fil (JSON)'), { target: { files: [bad] } });
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('«trasig.json» kunde inte läsas in som variant. Ingenting har ändrats.');
  expect(within(alert).getByRole('listitem')).toHaveTextContent('areas[2].levels[0].conditions[0].atLeast: atLeast 4 är fler än villkorets 3 påståenden');
  expect(changeRows()).toHaveLength(1);
});

test('downloading writes a versioned variant file named after the variant', async () => {
  const user = userEvent.setup();
  window.location.hash = '#/regler?variant=Mildare&regel=5.3.1-2-6';
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const clicked: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download);
  });
  renderWithServices(<Routed />, workspace);
  await user.click(screen.getByRole('button', { name: 'Ladda ner varianten (JSON)' }));

  expect(clicked).toEqual(['regelvariant-mildare.json']);
  const written = JSON.parse(await blobs[0]!.text()) as ReturnType<typeof toRuleVariantFile>;
  expect(written).toMatchObject({ format: 'lansinventering-rule-variant', version: 1, criteria: 'bilaga1-2016', name: 'Mildare' });
  expect(written.areas[4]?.levels[0]?.conditions).toEqual([{ minScore: 2, atLeast: 6 }]);
});

test('the counties a changed threshold moves are listed in its own area, beside the threshold, and the summary links there', async () => {
  const user = userEvent.setup();
  renderWithServices(<Routed />, workspace);
  const area5 = screen.getByRole('region', { name: 'Område 5. Kapacitet och kompetens för utvecklingsstöd i länet' });
  expect(within(area5).queryByRole('group', { name: 'Län som byter nivå i område 5' })).not.toBeInTheDocument();

  await user.selectOptions(atLeast('5', 3, 1), '6');

  const moved = within(area5).getByRole('group', { name: 'Län som byter nivå i område 5' });
  expect(within(moved).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Jönköping: Bitvis välutvecklad kapacitet och kompetens → Välutvecklad kapacitet och kompetens (upp)',
  ]);
  const area1 = screen.getByRole('region', { name: 'Område 1. Styrning och mandat inom politik och förvaltning' });
  expect(within(area1).getByRole('group', { name: 'Län som byter nivå i område 1' })).toHaveTextContent('Inget bedömt län byter nivå i området.');

  await user.click(screen.getByRole('link', { name: 'Område 5 (1)' }));
  expect(screen.getByRole('heading', { level: 2, name: 'Område 5. Kapacitet och kompetens för utvecklingsstöd i länet' })).toHaveFocus();
});

test('a variant can be carried to Figur 1–6 and the report by links that keep it in the address', async () => {
  const user = userEvent.setup();
  renderWithServices(<Routed />, workspace);
  expect(screen.queryByRole('link', { name: 'Visa Figur 1–6 med varianten' })).not.toBeInTheDocument();

  await user.selectOptions(atLeast('5', 3, 1), '6');

  expect(screen.getByRole('link', { name: 'Visa Figur 1–6 med varianten' })).toHaveAttribute('href', '#/figurer?regel=5.3.1-2-6');
  expect(screen.getByRole('link', { name: 'Visa rapporten med varianten' })).toHaveAttribute('href', '#/rapport?regel=5.3.1-2-6');
});
