/** Every area is placed in one of exactly this many levels (the report's three columns). */
export const LEVEL_COUNT = 3;
