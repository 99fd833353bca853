import { defineMessages } from '../messages';
import en from '../locales/en/rules.json';
import sv from '../locales/sv/rules.json';

export const rulesMessages = defineMessages('rules', sv, en);
