import { defineMessages } from '../messages';
import en from '../locales/en/side-by-side.json';
import sv from '../locales/sv/side-by-side.json';

export const sideBySideMessages = defineMessages('side-by-side', sv, en);
