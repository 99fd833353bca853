import { defineMessages } from '../messages';
import en from '../locales/en/figures.json';
import sv from '../locales/sv/figures.json';

export const figuresMessages = defineMessages('figures', sv, en);
