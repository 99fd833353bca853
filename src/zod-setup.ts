import * as z from 'zod/mini';

// zod compiles fast validators with `new Function`, which the Content-Security-Policy forbids
// (even the probe for it is reported as a violation). Schemas read this setting when they are
// built, so this module is imported before any other.
z.config({ jitless: true });
