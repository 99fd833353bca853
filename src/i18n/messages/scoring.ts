import { defineMessages } from '../messages';
import en from '../locales/en/scoring.json';
import sv from '../locales/sv/scoring.json';

export const scoringMessages = defineMessages('scoring', sv, en);
