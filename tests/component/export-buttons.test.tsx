import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { ExportButtons } from '../../src/components/figure/export-buttons';
import { createI18n } from '../../src/i18n/i18n';
import { I18nProvider } from '../../src/i18n/use-translation';

// The image is made by a promise this test settles, so the time it takes can be looked at.
const making = vi.hoisted(() => ({ finish: () => {} }));
vi.mock('../../src/components/figure/sheet-download', () => ({
  downloadSheet: () =>
    new Promise<void>((resolve) => {
      making.finish = resolve;
    }),
}));

test('while a PNG is being made its button says so, and the status tells screen readers, until it is done', async () => {
  const user = userEvent.setup();
  render(
    <I18nProvider i18n={createI18n('sv')}>
      <ExportButtons name="Figur 3" request={(kind) => ({ kind, title: 'Figur 3', parts: [], footer: () => [], lang: 'sv' })} />
    </I18nProvider>,
  );
  const status = screen.getByRole('status');
  expect(status).toBeEmptyDOMElement();

  await user.click(screen.getByRole('button', { name: 'Ladda ner PNG av Figur 3' }));
  expect(await screen.findByRole('button', { name: 'Skapar PNG … av Figur 3' })).toHaveAttribute('aria-disabled', 'true');
  expect(status).toHaveTextContent('Skapar PNG …');

  making.finish();
  expect(await screen.findByRole('button', { name: 'Ladda ner PNG av Figur 3' })).toHaveAttribute('aria-disabled', 'false');
  expect(status).toBeEmptyDOMElement();
});
