import en from '../locales/en/interview-sheet.json';
import sv from '../locales/sv/interview-sheet.json';
import { defineMessages } from '../messages';

export const interviewSheetMessages = defineMessages('interview-sheet', sv, en);
