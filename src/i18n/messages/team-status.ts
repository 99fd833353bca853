import en from '../locales/en/team-status.json';
import sv from '../locales/sv/team-status.json';
import { defineMessages } from '../messages';

/** The header's word on the team server: on every page, so kept apart from the team page's texts. */
export const teamStatusMessages = defineMessages('team-status', sv, en);
