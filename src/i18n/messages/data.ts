import { defineMessages } from '../messages';
import en from '../locales/en/data.json';
import sv from '../locales/sv/data.json';

export const dataMessages = defineMessages('data', sv, en);
