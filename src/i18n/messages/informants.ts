import en from '../locales/en/informants.json';
import sv from '../locales/sv/informants.json';
import { defineMessages } from '../messages';

export const informantsMessages = defineMessages('informants', sv, en);
