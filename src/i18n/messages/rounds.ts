import en from '../locales/en/rounds.json';
import sv from '../locales/sv/rounds.json';
import { defineMessages } from '../messages';

export const roundsMessages = defineMessages('rounds', sv, en);
