import { useMemo } from 'react';
import { useLanguage } from '../../../i18n/use-translation';

/** Mean scores with one decimal, written the way the interface language writes numbers ("1,5", "1.5"). */
export function useMeanFormat(): (value: number) => string {
  const lang = useLanguage();
  return useMemo(() => {
    const format = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return (value: number) => format.format(value);
  }, [lang]);
}
