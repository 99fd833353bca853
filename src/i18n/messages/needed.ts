import { defineMessages } from '../messages';
import en from '../locales/en/needed.json';
import sv from '../locales/sv/needed.json';

export const neededMessages = defineMessages('needed', sv, en);
