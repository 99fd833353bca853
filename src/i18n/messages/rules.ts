import en from '../locales/en/rules.json';
import sv from '../locales/sv/rules.json';
import { defineMessages } from '../messages';

export const rulesMessages = defineMessages('rules', sv, en);
