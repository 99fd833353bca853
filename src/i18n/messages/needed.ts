import en from '../locales/en/needed.json';
import sv from '../locales/sv/needed.json';
import { defineMessages } from '../messages';

export const neededMessages = defineMessages('needed', sv, en);
