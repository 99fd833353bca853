// Loaded after tests/setup.ts for the tests that run in jsdom only. Vitest runs `afterEach`
// hooks last-registered first, so the rendered views are unmounted while a console.error still
// fails the test, and only then are the mocks restored.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` and `waitFor` poll until what they wait for is there; a lazily loaded page can take
// more than their default second to appear on a busy machine. They return as soon as it is.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});

// jsdom lays nothing out and has no scrolling; the browser tests check where the page scrolls.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => {};
}
