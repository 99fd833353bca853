import en from '../locales/en/figures.json';
import sv from '../locales/sv/figures.json';
import { defineMessages } from '../messages';

export const figuresMessages = defineMessages('figures', sv, en);
