import type { Stamps } from '../domain/workspace/stamps';
import type { Workspace } from '../domain/workspace/workspace';
import type { StoredState } from './workspace-storage';

/** A save this tab committed, with what it wrote already read. */
export type OwnWrite = { writer: string; exportedAt: string; workspace: Workspace; stamps: Stamps };

/** Whether the stored data is still exactly what `own` wrote: no other tab or version wrote since. */
export function isStill(stored: StoredState, own: OwnWrite | null): own is OwnWrite {
  if (!own || stored.writer !== own.writer) return false;
  // A version of the app that names no saves would leave the name behind; its file's time differs.
  const document = stored.document as { exportedAt?: unknown } | undefined;
  return document?.exportedAt === own.exportedAt;
}
