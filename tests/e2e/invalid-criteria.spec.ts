import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './helpers';

type CriteriaJson = { areas: { levels: { conditions: { statements: string[] }[] }[] }[] };

/** The shipped criteria file, with area 3's strongest level reading a statement that does not exist. */
function criteriaNaming39(): CriteriaJson {
  const path = fileURLToPath(new URL('../../criteria/bilaga1.json', import.meta.url));
  const criteria = JSON.parse(readFileSync(path, 'utf8')) as CriteriaJson;
  const statements = criteria.areas[2]?.levels[0]?.conditions[0]?.statements;
  if (!statements || statements[0] !== '3.1') throw new Error('criteria/bilaga1.json no longer has the expected shape');
  statements[0] = '3.9';
  return criteria;
}

test('a criteria file naming an unknown statement stops the app with the place of the error', async ({ page }) => {
  await page.route('**/criteria/bilaga1.json', (route) => route.fulfill({ json: criteriaNaming39() }));
  await page.goto('#/lan/06');

  await expect(page.getByRole('heading', { level: 1, name: 'Kriteriefilerna kunde inte läsas' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Appen startar inte förrän filerna nedan är rättade.');
  const file = page.getByRole('region', { name: 'criteria/bilaga1.json' });
  await expect(file.getByRole('listitem')).toHaveText([
    "areas[2].levels[0].conditions[0].statements[0]: okänt påstående '3.9'",
  ]);
  // Nothing of the app itself is shown: no menu, no scoring.
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
});
