import { defineMessages } from '../messages';
import en from '../locales/en/sideBySide.json';
import sv from '../locales/sv/sideBySide.json';

export const sideBySideMessages = defineMessages('sideBySide', sv, en);
