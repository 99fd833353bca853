import type { Coverage } from '../../../domain/compare/coverage';
import type { Messages } from '../../../i18n/messages';
import { Trans } from '../../../i18n/trans';
import { useTranslation } from '../../../i18n/use-translation';

/** A namespace with the three coverage messages (the overview's and the heatmap's). */
export type CoverageMessages = Messages<{ coverage: { none: string; some: string; all: string } }>;

/**
 * How many counties are fully, partly or not scored, above a comparison view. Each view words it
 * for what its cells show, under `coverage.none|some|all` in its own catalogue.
 */
export function CoverageNote({ coverage, messages }: { coverage: Coverage; messages: CoverageMessages }) {
  const { t } = useTranslation(messages);
  if (coverage.complete + coverage.partial === 0) {
    return (
      <p className="alert">
        {/* <Trans> puts the link texts from the catalogue inside the anchors. */}
        {/* eslint-disable-next-line jsx-a11y/anchor-has-content */}
        <Trans t={t} i18nKey="coverage.none" components={{ lan: <a href="#/lan" />, data: <a href="#/data" /> }} />
      </p>
    );
  }
  if (coverage.complete === coverage.total) return <p>{t('coverage.all', { ...coverage })}</p>;
  return <p className="alert">{t('coverage.some', { ...coverage })}</p>;
}
