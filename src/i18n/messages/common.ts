import { defineMessages } from '../messages';
import en from '../locales/en/common.json';
import sv from '../locales/sv/common.json';

export const commonMessages = defineMessages('common', sv, en);
