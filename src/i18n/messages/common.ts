import en from '../locales/en/common.json';
import sv from '../locales/sv/common.json';
import { defineMessages } from '../messages';

export const commonMessages = defineMessages('common', sv, en);
