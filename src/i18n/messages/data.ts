import en from '../locales/en/data.json';
import sv from '../locales/sv/data.json';
import { defineMessages } from '../messages';

export const dataMessages = defineMessages('data', sv, en);
