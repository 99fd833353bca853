import { commonMessages } from '../../../i18n/messages/common';
import { useTranslation } from '../../../i18n/use-translation';
import './compare-nav.css';
import { useRoundHref } from '../../../providers/round-in-use';

const VIEWS = [
  { href: '#/jamfor', key: 'compareNav.overview', path: '/jamfor' },
  { href: '#/jamfor/pastaenden', key: 'compareNav.statements', path: '/jamfor/pastaenden' },
  { href: '#/jamfor/lan', key: 'compareNav.sideBySide', path: '/jamfor/lan' },
] as const;

/** Links between the three comparison views; `current` is the path of the view shown. */
export function CompareNav({ current }: { current: string }) {
  const roundHref = useRoundHref();
  const { t } = useTranslation(commonMessages);
  return (
    <nav aria-label={t('compareNav.label')} className="sub-nav">
      <ul>
        {VIEWS.map((view) => (
          <li key={view.path}>
            <a href={roundHref(view.href)} aria-current={current === view.path ? 'page' : undefined}>
              {t(view.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
