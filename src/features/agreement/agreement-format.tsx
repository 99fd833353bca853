import { useMemo, type ReactNode } from 'react';
import { agreementMessages } from '../../i18n/messages/agreement';
import { useLanguage, useTranslation } from '../../i18n/use-translation';

type AgreementFormat = {
  /** A share as a whole percentage ("87 %"), rounded down so that only full agreement shows 100 %. */
  percent: (share: number) => string;
  /** A share, or a dash where it is undefined. */
  share: (share: number | null) => ReactNode;
  /** Alpha or kappa with three decimals ("0,815"), or a dash where it is undefined. */
  coefficient: (value: number | null) => ReactNode;
  /** A score, or a dash where the rater gave none. */
  score: (score: number | null) => ReactNode;
};

/** The agreement figures written the way the interface language writes numbers. */
export function useAgreementFormat(): AgreementFormat {
  const lang = useLanguage();
  const { t } = useTranslation(agreementMessages);
  return useMemo(() => {
    const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0, roundingMode: 'floor' });
    const decimals = new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    const undefinedFigure = <Dash label={t('table.undefined')} />;
    return {
      percent: (share) => percent.format(share),
      share: (share) => (share === null ? undefinedFigure : percent.format(share)),
      coefficient: (value) => (value === null ? undefinedFigure : decimals.format(value)),
      score: (score) => (score === null ? <Dash label={t('least.unscored')} /> : score),
    };
  }, [lang, t]);
}

/** A dash that a screen reader reads as the words it stands for. */
function Dash({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}
