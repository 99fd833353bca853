// Loaded after tests/setup.ts for the tests that run in jsdom only. Vitest runs `afterEach`
// hooks last-registered first, so the rendered views are unmounted while a console.error still
// fails the test, and only then are the mocks restored.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
