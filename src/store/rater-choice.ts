import { createRememberedPreference } from './remembered-preference';

const RATER_ID = /^[a-z0-9-]{1,32}$/;

/**
 * Who is scoring in this browser ("Jag är: …"): a rater's id, or '' for the group, whose scores
 * are the agreed ones. Remembered per browser, not kept in the workspace: two interviewers may
 * share a workspace file and each score as themselves on their own laptop.
 */
export const raterChoice = createRememberedPreference(
  {
    key: 'lansinventering-jag-ar',
    fallback: '',
    isValid: (stored: unknown): stored is string => typeof stored === 'string' && (stored === '' || RATER_ID.test(stored)),
  },
  (rater, setRater) => ({ rater, setRater }),
);
