import en from '../locales/en/change.json';
import sv from '../locales/sv/change.json';
import { defineMessages } from '../messages';

export const changeMessages = defineMessages('change', sv, en);
