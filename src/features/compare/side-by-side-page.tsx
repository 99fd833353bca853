import { useTranslation } from 'react-i18next';

export default function Page({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation('sideBySide');
  void params;
  return <h1 tabIndex={-1}>{t('title')}</h1>;
}
