import { useMemo } from 'react';
import { MAX_CHOSEN, MIN_CHOSEN, parseSelection, toggleCounty } from '../../../domain/compare/side-by-side';
import type { County } from '../../../domain/criteria/counties-schema';
import { sideBySideMessages } from '../../../i18n/messages/side-by-side';
import { useTranslation } from '../../../i18n/use-translation';
import { setHashParams } from '../../../lib/hash-route';
import { useInstrument } from '../../../providers/services';
import { CompareNav } from '../shared/compare-nav';
import { SideBySideChooser } from './side-by-side-chooser';
import { chosenUpdates, onlyDifferencesUpdates, readChosen, readOnlyDifferences } from './side-by-side-params';
import { SideBySideResults } from './side-by-side-results';
import './side-by-side.css';

/**
 * "Sida vid sida": two to four counties next to each other. The choice lives in the address
 * (`#/jamfor/lan?valda=06,17,24&skillnader=ja`), so a link or a bookmark reopens the same comparison.
 */
export default function SideBySidePage({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation(sideBySideMessages);
  const instrument = useInstrument();
  const raw = readChosen(params);
  const selection = useMemo(() => parseSelection(raw, instrument.counties), [raw, instrument]);
  const byCode = useMemo(() => new Map(instrument.counties.map((county) => [county.code, county])), [instrument]);
  const chosen = useMemo(() => selection.codes.flatMap((code) => byCode.get(code) ?? []), [selection, byCode]);
  const overflow = selection.overflow.flatMap((code) => byCode.get(code) ?? []);
  const onlyDifferences = readOnlyDifferences(params);

  const choose = (code: string, checked: boolean) => {
    const codes = toggleCounty(selection.codes, code, checked, instrument.counties);
    setHashParams(chosenUpdates(codes));
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <CompareNav current="/jamfor/lan" />
      <p className="prose">{t('intro')}</p>
      <SideBySideChooser counties={instrument.counties} chosen={selection.codes} onChange={choose} />
      {selection.unknown.length > 0 && (
        <p className="alert">{t('notes.unknown', { codes: selection.unknown.join(', ') })}</p>
      )}
      {overflow.length > 0 && <p className="alert">{t('notes.overflow', { max: MAX_CHOSEN, names: names(overflow) })}</p>}
      {chosen.length < MIN_CHOSEN ? (
        <p className="empty-note">{t('tooFew', { count: chosen.length, min: MIN_CHOSEN })}</p>
      ) : (
        <SideBySideResults
          counties={chosen}
          onlyDifferences={onlyDifferences}
          onOnlyDifferences={(only) => setHashParams(onlyDifferencesUpdates(only))}
        />
      )}
    </>
  );
}

function names(counties: readonly County[]): string {
  return counties.map((county) => county.name).join(', ');
}
