import en from '../locales/en/scoring.json';
import sv from '../locales/sv/scoring.json';
import { defineMessages } from '../messages';

export const scoringMessages = defineMessages('scoring', sv, en);
