import { Trans, useTranslation } from 'react-i18next';
import type { Coverage } from '../domain/compare/overview';

/**
 * How many counties are fully, partly or not scored, above a comparison view. Each view words it
 * for what its cells show, under `coverage.none|some|all` in its own catalogue.
 */
export function CoverageNote({ coverage, namespace }: { coverage: Coverage; namespace: 'overview' | 'heatmap' }) {
  const { t } = useTranslation(namespace);
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
