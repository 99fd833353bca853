import { swedishErrors } from '../problems';
import { informantSchema, type Informant, type MeetingKind, type Tier } from './informant';

/** An organisation as typed into the form: every field as text. */
export type InformantDraft = { organisation: string; tier: Tier; visit: string; phone: string; date: string; note: string };
export type DraftField = keyof InformantDraft;
export type DraftProblems = Partial<Record<DraftField, string>>;

const WHOLE_NUMBER = 'antalet ska vara ett heltal, 0 eller mer';

/** The form's fields for an organisation, or for a new one at `tier` with nobody counted yet. */
export function draftOf(informant: Informant | undefined, tier: Tier): InformantDraft {
  if (!informant) return { organisation: '', tier, visit: '0', phone: '0', date: '', note: '' };
  return {
    organisation: informant.organisation,
    tier: informant.tier,
    visit: String(informant.visit),
    phone: String(informant.phone),
    date: informant.date ?? '',
    note: informant.note ?? '',
  };
}

/** A count as typed: empty is none, a whole number (negative too, for the schema to refuse) is read, anything else is not a count. */
function readCount(text: string, empty: number | null): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return empty;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : 'invalid';
}

/**
 * The organisation the form describes, checked by the informant's schema, or what is wrong with
 * each field in Swedish. An empty count is 0, an empty date or note is left out.
 */
export function readInformantDraft(draft: InformantDraft, position: number): { ok: true; informant: Informant } | { ok: false; problems: DraftProblems } {
  const problems: DraftProblems = {};
  const count = (field: MeetingKind): number => {
    const value = readCount(draft[field], 0);
    if (value === 'invalid') problems[field] = WHOLE_NUMBER;
    return typeof value === 'number' ? value : 0;
  };
  const candidate = {
    organisation: draft.organisation,
    tier: draft.tier,
    visit: count('visit'),
    phone: count('phone'),
    ...(draft.date.trim() === '' ? {} : { date: draft.date.trim() }),
    ...(draft.note.trim() === '' ? {} : { note: draft.note }),
    position,
  };
  const parsed = informantSchema.safeParse(candidate, swedishErrors);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as DraftField;
      problems[field] ??= issue.message;
    }
  }
  return parsed.success && Object.keys(problems).length === 0 ? { ok: true, informant: parsed.data } : { ok: false, problems };
}

/** The totals a source states, as typed: an empty field states nothing. */
export function readReportedDraft(draft: Record<MeetingKind, string>): { ok: true; reported: Record<MeetingKind, number | null> } | { ok: false; problems: Partial<Record<MeetingKind, string>> } {
  const problems: Partial<Record<MeetingKind, string>> = {};
  const reported = { visit: null, phone: null } as Record<MeetingKind, number | null>;
  for (const kind of ['visit', 'phone'] as const) {
    const value = readCount(draft[kind], null);
    if (value === 'invalid') {
      problems[kind] = WHOLE_NUMBER;
      continue;
    }
    const parsed = value === null ? null : informantSchema.shape[kind].safeParse(value, swedishErrors);
    if (parsed && !parsed.success) problems[kind] = parsed.error.issues[0]?.message ?? WHOLE_NUMBER;
    else reported[kind] = value;
  }
  return Object.keys(problems).length === 0 ? { ok: true, reported } : { ok: false, problems };
}
