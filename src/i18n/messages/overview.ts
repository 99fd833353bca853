import { defineMessages } from '../messages';
import en from '../locales/en/overview.json';
import sv from '../locales/sv/overview.json';

export const overviewMessages = defineMessages('overview', sv, en);
