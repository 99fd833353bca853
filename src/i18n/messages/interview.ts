import en from '../locales/en/interview.json';
import sv from '../locales/sv/interview.json';
import { defineMessages } from '../messages';

export const interviewMessages = defineMessages('interview', sv, en);
