import type { GuideItem } from '../domain/criteria/guide-schema';
import { localize } from '../domain/localize';
import { useLanguage } from '../i18n/use-translation';

/** The prompts the guide lists under a question, as nested lists, as deep as the guide goes. */
export function GuideItems({ items, className }: { items: readonly GuideItem[]; className?: string }) {
  const lang = useLanguage();
  return (
    <ul className={className}>
      {items.map((item) => (
        // The Swedish text is the original and does not change with the language: a stable key.
        <li key={item.text.sv}>
          {localize(item.text, lang)}
          {item.items && <GuideItems items={item.items} />}
        </li>
      ))}
    </ul>
  );
}
