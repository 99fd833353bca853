import { AGREED } from '../../domain/workspace/changes';
import { useInstrument, useWorkspace } from '../../providers/services';

/** County and rater names for describing a value, as the workspace has them. */
export function useValueNames(): { county: (code: string) => string; rater: (id: string) => string } {
  const { counties } = useInstrument();
  const raters = useWorkspace((state) => state.raters);
  return {
    county: (code) => counties.find((county) => county.code === code)?.name ?? code,
    rater: (id) => (id === AGREED ? '' : (raters[id]?.name ?? id)),
  };
}

/** A moment as the reader's language writes it, to the minute. */
export function formatMoment(at: number, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}
