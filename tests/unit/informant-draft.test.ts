import { expect, test } from 'vitest';
import { draftOf, readInformantDraft, readReportedDraft, type InformantDraft } from '../../src/domain/informants/informant-draft';

const draft = (fields: Partial<InformantDraft>): InformantDraft => ({ ...draftOf(undefined, 'kommun'), organisation: 'Socialchef', ...fields });

test('a new organisation’s form starts at the tier given, with nobody counted', () => {
  expect(draftOf(undefined, 'region')).toEqual({ organisation: '', tier: 'region', visit: '0', phone: '0', date: '', note: '' });
});

test('an organisation’s form holds its values, and reads back as the same organisation', () => {
  const informant = { organisation: 'FoU Kompass', tier: 'lansgemensam' as const, visit: 1, phone: 2, date: '2016-03-08', note: 'Talade för länet', position: 3 };
  expect(readInformantDraft(draftOf(informant, 'annan'), 3)).toEqual({ ok: true, informant });
});

test.each<[string, Partial<InformantDraft>, object]>([
  ['a name with spaces around it is trimmed', { organisation: '  Socialchef  ' }, { organisation: 'Socialchef' }],
  ['empty counts are none', { visit: '', phone: ' ' }, { visit: 0, phone: 0 }],
  ['counts with spaces around them are read', { visit: ' 2 ', phone: '1' }, { visit: 2, phone: 1 }],
  ['an empty date and a blank note are left out', { date: ' ', note: '  ' }, {}],
])('%s', (_what, fields, expected) => {
  expect(readInformantDraft(draft(fields), 0)).toEqual({ ok: true, informant: { organisation: 'Socialchef', tier: 'kommun', visit: 0, phone: 0, position: 0, ...expected } });
});

test.each<[string, Partial<InformantDraft>, object]>([
  ['an organisation without a name', { organisation: '   ' }, { organisation: 'organisationen måste ha ett namn' }],
  ['a name longer than 200 characters', { organisation: 'x'.repeat(201) }, { organisation: 'namnet är längre än 200 tecken' }],
  ['a count that is not a whole number', { visit: '1,5', phone: 'två' }, { visit: 'antalet ska vara ett heltal, 0 eller mer', phone: 'antalet ska vara ett heltal, 0 eller mer' }],
  ['a negative count', { phone: '-1' }, { phone: 'antalet kan inte vara negativt' }],
  ['a count too large', { visit: '1000' }, { visit: 'antalet är orimligt stort' }],
  ['a date not written YYYY-MM-DD', { date: '8/3 2016' }, { date: 'datumet ska skrivas ÅÅÅÅ-MM-DD' }],
  ['every problem at once', { organisation: '', visit: 'x', date: '2016-13-01' }, { organisation: 'organisationen måste ha ett namn', visit: 'antalet ska vara ett heltal, 0 eller mer', date: 'datumet ska skrivas ÅÅÅÅ-MM-DD' }],
])('%s is refused, field by field, in Swedish', (_what, fields, problems) => {
  expect(readInformantDraft(draft(fields), 0)).toEqual({ ok: false, problems });
});

test.each<[string, { visit: string; phone: string }, ReturnType<typeof readReportedDraft>]>([
  ['both totals', { visit: '92', phone: '41' }, { ok: true, reported: { visit: 92, phone: 41 } }],
  ['one total, the other empty', { visit: ' 92 ', phone: '' }, { ok: true, reported: { visit: 92, phone: null } }],
  ['no totals, which clears them', { visit: '', phone: '' }, { ok: true, reported: { visit: null, phone: null } }],
  ['text and a negative number', { visit: 'många', phone: '-3' }, { ok: false, problems: { visit: 'antalet ska vara ett heltal, 0 eller mer', phone: 'antalet kan inte vara negativt' } }],
])('the source’s totals: %s', (_what, typed, expected) => {
  expect(readReportedDraft(typed)).toEqual(expected);
});
