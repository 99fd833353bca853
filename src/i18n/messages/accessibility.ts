import en from '../locales/en/accessibility.json';
import sv from '../locales/sv/accessibility.json';
import { defineMessages } from '../messages';

export const accessibilityMessages = defineMessages('accessibility', sv, en);
