import { readFileSync } from 'node:fs';
import { expect, expectSaved, fixturePath, navigateTo, openCounty, scoreRadio, test } from './helpers';
import { readStored, writeStored } from './idb';

/**
 * Stored workspaces this version of the app cannot read, each planted under the key "workspace"
 * as it would be stored: the JSON files as objects, the cut-off one as the raw string it is.
 */
const FIXTURES = [
  { file: 'newer-version.json', problem: 'version 4 är nyare än den här appen kan läsa' },
  { file: 'truncated.txt', problem: 'saknar "format" och "version"' },
  { file: 'wrong-shape.json', problem: 'assessments: Ogiltig inmatning: förväntat lista' },
] as const;

function storedValue(file: string): unknown {
  const text = readFileSync(fixturePath(`stored/${file}`), 'utf8');
  return file.endsWith('.json') ? (JSON.parse(text) as unknown) : text;
}

for (const { file, problem } of FIXTURES) {
  test(`stored data that cannot be read is kept aside, reported and downloadable (${file})`, async ({ page }) => {
    const raw = storedValue(file);
    await openCounty(page, '06', 'Jönköping');
    await writeStored(page, 'workspace', raw);

    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'Sparad data i den här webbläsaren kunde inte läsas' });
    await expect(alert).toContainText('Den har lagts undan orörd (som «olasbar-');
    await alert.getByText('Vad som var fel').click();
    await expect(alert.getByRole('listitem').first()).toContainText(problem);
    await expect(page.getByText('0 av 32 påståenden poängsatta.')).toBeVisible();

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Ladda ner den olästa datan' }).click();
    const downloaded = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as unknown;
    expect(downloaded).toEqual(raw);

    // A new change is saved without touching what was kept aside.
    await scoreRadio(page, '1.2', 1).check();
    await expectSaved(page);
    const stored = await readStored(page);
    const keptAside = Object.keys(stored).filter((key) => key.startsWith('olasbar-'));
    expect(keptAside).toHaveLength(1);
    expect(stored[keptAside[0] ?? '']).toEqual(raw);
    expect(stored['workspace']).toMatchObject({ assessments: [{ county: '06', scores: { '1.2': 1 }, notes: {} }] });

    // After a reload the app starts from the new data and no longer warns, but the data page
    // still offers what was kept aside.
    await page.reload();
    await expect(scoreRadio(page, '1.2', 1)).toBeChecked();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await navigateTo(page, 'Data');
    const again = page.waitForEvent('download');
    await page.getByRole('button', { name: `Ladda ner ${keptAside[0] ?? ''}`, exact: true }).click();
    expect(JSON.parse(readFileSync(await (await again).path(), 'utf8')) as unknown).toEqual(raw);
  });
}
