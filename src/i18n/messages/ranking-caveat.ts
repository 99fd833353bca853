import en from '../locales/en/ranking-caveat.json';
import sv from '../locales/sv/ranking-caveat.json';
import { defineMessages } from '../messages';

export const rankingCaveatMessages = defineMessages('ranking-caveat', sv, en);
