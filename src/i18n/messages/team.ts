import en from '../locales/en/team.json';
import sv from '../locales/sv/team.json';
import { defineMessages } from '../messages';

export const teamMessages = defineMessages('team', sv, en);
