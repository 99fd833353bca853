import type { Round } from '../../domain/rounds/round';
import { changeMessages } from '../../i18n/messages/change';
import { useTranslation } from '../../i18n/use-translation';
import { useCarriedCounties } from '../../providers/use-carried-counties';

/**
 * A compared round that started from an earlier one may hold scores carried over that no one has
 * confirmed: they are not the round's scores, so the comparison leaves them out, and says so.
 */
export function CarriedNote({ round }: { round: Round }) {
  const { t } = useTranslation(changeMessages);
  const carried = useCarriedCounties(round.id);
  if (carried === null) return null;
  return <p className="alert alert--info">{t('carried', { round: round.name, count: carried.count, source: carried.source })}</p>;
}
