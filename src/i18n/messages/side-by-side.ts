import en from '../locales/en/side-by-side.json';
import sv from '../locales/sv/side-by-side.json';
import { defineMessages } from '../messages';

export const sideBySideMessages = defineMessages('side-by-side', sv, en);
