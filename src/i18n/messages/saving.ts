import en from '../locales/en/saving.json';
import sv from '../locales/sv/saving.json';
import { defineMessages } from '../messages';

/** What the header says about saving, undo and redo: on every page, so kept apart from the data page's texts. */
export const savingMessages = defineMessages('saving', sv, en);
