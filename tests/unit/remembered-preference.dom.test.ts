import { beforeEach, expect, test, vi } from 'vitest';
import { createRememberedPreference } from '../../src/store/remembered-preference';

type Colour = 'red' | 'blue';
const isColour = (value: unknown): value is Colour => value === 'red' || value === 'blue';
const KEY = 'test-colour';

/** A preference as the app keeps one, opened afresh as on a new visit. */
function colourStore(initial?: Colour) {
  return createRememberedPreference(
    { key: KEY, fallback: 'red', isValid: isColour, initial },
    (colour, setColour) => ({ colour, setColour }),
  );
}

const refuse = (method: 'getItem' | 'setItem') =>
  vi.spyOn(Storage.prototype, method).mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });

/** What the browser tells this tab when another tab of the app changes localStorage. */
const changedInAnotherTab = (key: string | null, newValue: string | null) =>
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }));

beforeEach(() => localStorage.clear());

test.each([
  { remembered: 'blue', starts: 'blue', what: 'the remembered value' },
  { remembered: 'red', starts: 'red', what: 'the remembered value' },
  { remembered: null, starts: 'red', what: 'the fallback when nothing is remembered' },
  { remembered: 'green', starts: 'red', what: 'the fallback when the remembered value is not one of its values' },
  { remembered: '', starts: 'red', what: 'the fallback when the remembered value is empty' },
  { remembered: ' blue', starts: 'red', what: 'the fallback when the remembered value is only close to one' },
])('a preference stored as $remembered starts from $what', ({ remembered, starts }) => {
  if (remembered !== null) localStorage.setItem(KEY, remembered);
  expect(colourStore().getState().colour).toBe(starts);
});

test('a preference given a starting value starts from it, whatever is remembered', () => {
  localStorage.setItem(KEY, 'blue');
  expect(colourStore('red').getState().colour).toBe('red');
});

test('a changed preference is remembered, so the next visit starts from it', () => {
  colourStore().getState().setColour('blue');
  expect(localStorage.getItem(KEY)).toBe('blue');
  expect(colourStore().getState().colour).toBe('blue');
});

test.each([
  { refused: 'getItem', what: 'cannot be read' },
  { refused: 'setItem', what: 'cannot be written' },
] as const)('when localStorage $what, the preference starts from the fallback and a change holds for this visit only', ({ refused }) => {
  refuse(refused);
  const store = colourStore();
  expect(store.getState().colour).toBe('red');
  const seen: Colour[] = [];
  store.subscribe((state) => seen.push(state.colour));

  store.getState().setColour('blue');
  expect(store.getState().colour).toBe('blue');
  expect(seen).toEqual(['blue']);
  expect(colourStore().getState().colour).toBe('red');
});

test.each([
  { key: KEY, newValue: 'blue', becomes: 'blue', what: 'a value stored in another tab' },
  { key: KEY, newValue: 'green', becomes: 'red', what: 'the fallback when another tab stores no valid value' },
  { key: KEY, newValue: null, becomes: 'red', what: 'the fallback when another tab removes the value' },
  { key: null, newValue: null, becomes: 'red', what: 'the fallback when another tab clears the storage' },
])('an open preference follows $what, and tells its subscribers', ({ key, newValue, becomes }) => {
  const store = colourStore();
  store.getState().setColour('blue');
  const seen: Colour[] = [];
  store.subscribe((state) => seen.push(state.colour));

  if (key === null) localStorage.clear();
  else if (newValue === null) localStorage.removeItem(key);
  else localStorage.setItem(key, newValue);
  changedInAnotherTab(key, newValue);

  expect(store.getState().colour).toBe(becomes);
  expect(seen).toEqual([becomes]);
});

test('a change of another key in another tab leaves the preference and its subscribers alone', () => {
  const store = colourStore();
  store.getState().setColour('blue');
  const listener = vi.fn();
  store.subscribe(listener);

  localStorage.setItem('another-key', 'red');
  changedInAnotherTab('another-key', 'red');

  expect(store.getState().colour).toBe('blue');
  expect(listener).not.toHaveBeenCalled();
});
