import type { StampedChange } from '../domain/workspace/stamps';
import { parsePendingFile, toPendingFile } from '../domain/workspace/stamps-schema';

export type TabSync = { post: (changes: readonly StampedChange[]) => void; close: () => void };

const CHANNEL = 'lansinventering';

/**
 * Tells the app's other tabs about every local change, and applies theirs here, so two tabs
 * open on the same county show the same scores. Without BroadcastChannel it does nothing; storage
 * still merges the tabs' changes, and a tab catches up when it becomes visible again.
 */
export function connectTabs(tab: string, onRemote: (changes: StampedChange[]) => void, channelName = CHANNEL): TabSync {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as { from?: unknown; journal?: unknown } | null;
    if (!message || message.from === tab) return;
    // Tabs of one version post the current version, so no older round needs naming.
    const read = parsePendingFile(message.journal, '');
    if (read.ok) onRemote(read.value);
  };
  return {
    post: (changes) => channel.postMessage({ from: tab, journal: toPendingFile(changes) }),
    close: () => channel.close(),
  };
}
