import en from '../locales/en/overview.json';
import sv from '../locales/sv/overview.json';
import { defineMessages } from '../messages';

export const overviewMessages = defineMessages('overview', sv, en);
