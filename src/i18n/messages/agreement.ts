import en from '../locales/en/agreement.json';
import sv from '../locales/sv/agreement.json';
import { defineMessages } from '../messages';

export const agreementMessages = defineMessages('agreement', sv, en);
