import { defineMessages } from '../messages';
import en from '../locales/en/accessibility.json';
import sv from '../locales/sv/accessibility.json';

export const accessibilityMessages = defineMessages('accessibility', sv, en);
