import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { toWorkspaceFile } from '../../src/domain/workspace/workspace-file';
import { readImportText } from '../../src/features/data/read-import-file';
import { createWorkspaceStore } from '../../src/store/workspace-store';
import { allScored, loadInstrument } from './load-instrument';
import { agreedOf, oneRound } from './one-round';

const instrument = loadInstrument();
const validJson = JSON.stringify(toWorkspaceFile(oneRound({ assessments: { '06': allScored(instrument, 1) } }), instrument, new Date(0)));
/** A file from before rounds, as kept among the format examples. */
const legacyJson = readFileSync(resolve(process.cwd(), 'tests/fixtures/formats/lansinventering-scores/v1.json'), 'utf8');
const validCsv = 'lan;pastaende;poang;anteckning\r\n06;1.1;2;"a ""b"" c"\r\n07;5.5;;bara anteckning\r\n';

/** Deletes, inserts or replaces characters of a valid file, the way a file gets damaged. */
const mutated = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.constantFrom('delete', 'insert', 'replace'), fc.string({ maxLength: 3 })), {
      minLength: 1,
      maxLength: 8,
    })
    .map((edits) =>
      edits.reduce((current, [at, kind, chars]) => {
        const i = Math.min(at, current.length);
        if (kind === 'delete') return current.slice(0, i) + current.slice(i + 1);
        if (kind === 'insert') return current.slice(0, i) + chars + current.slice(i);
        return current.slice(0, i) + chars + current.slice(i + chars.length);
      }, text),
    );

const anyFile = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  mutated(validJson),
  mutated(legacyJson),
  mutated(validCsv),
);

test('any file given to import is answered with a workspace or with at least one message, never an exception', () => {
  fc.assert(
    fc.property(anyFile, fc.constantFrom('fil.json', 'fil.csv', 'fil.txt'), (text, name) => {
      const result = readImportText(text, name, instrument);
      if (!result.ok) {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) expect(problem.message.trim()).not.toBe('');
      }
    }),
    { numRuns: 500 },
  );
});

test('reading a file for import never changes the workspace, whatever the file holds', () => {
  const store = createWorkspaceStore({ initial: oneRound({ assessments: { '01': allScored(instrument, 2) } }) });
  const before = store.getState().data;
  fc.assert(
    fc.property(anyFile, (text) => {
      readImportText(text, 'fil.json', instrument);
      expect(store.getState().data).toBe(before);
      expect(agreedOf(store.getState())).toEqual({ '01': allScored(instrument, 2) });
    }),
    { numRuns: 200 },
  );
});

test('the unmutated files read back without problems', () => {
  expect(readImportText(validJson, 'fil.json', instrument).ok).toBe(true);
  expect(readImportText(legacyJson, 'fil.json', instrument).ok).toBe(true);
  expect(readImportText(validCsv, 'fil.csv', instrument).ok).toBe(true);
});
