import { useCallback } from 'react';
import type { RoundChange } from '../../components/change/use-round-change';
import { useRoundHref } from '../../providers/round-in-use';
import { countyHistoryHref } from './change-params';

/** The link to a county's history, keeping the two rounds compared and the round in use. */
export function useHistoryHref({ from, to }: Pick<RoundChange, 'from' | 'to'>): (code: string) => string {
  const roundHref = useRoundHref();
  return useCallback((code: string) => roundHref(countyHistoryHref(code, { from, to })), [roundHref, from, to]);
}
