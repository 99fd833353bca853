import { useMemo } from 'react';
import { useLang } from '../../i18n/use-lang';

/** Mean scores with one decimal, written the way the interface language writes numbers ("1,5", "1.5"). */
export function useMeanFormat(): (value: number) => string {
  const lang = useLang();
  return useMemo(() => {
    const format = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return (value: number) => format.format(value);
  }, [lang]);
}
