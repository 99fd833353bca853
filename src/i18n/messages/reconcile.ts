import en from '../locales/en/reconcile.json';
import sv from '../locales/sv/reconcile.json';
import { defineMessages } from '../messages';

export const reconcileMessages = defineMessages('reconcile', sv, en);
