import { nameKey } from '../name-key';
import { ratersOf, type Workspace } from '../workspace/workspace';

/**
 * How a `bedomare` cell names a rater: people write names, so the file carries the rater's name;
 * the reader matches a cell to a rater of the workspace by id first, then by name. Writer and
 * reader share the lookup, so a file read into the workspace it was written from gives every
 * score back to the rater who gave it.
 */
export type RaterLookup = (cell: string) => string | undefined;

/** Every rater id the workspace knows: those with details and those that only hold data. */
export function knownRaterIds(workspace: Workspace): Set<string> {
  const ids = new Set(Object.keys(workspace.raters));
  for (const record of Object.values(workspace.data)) {
    for (const id of [...Object.keys(record.raters), ...Object.keys(record.done)]) ids.add(id);
  }
  return ids;
}

/** The rater a trimmed cell names: an id of the workspace, else a rater's name (case and Unicode form aside). */
export function raterLookup(workspace: Workspace): RaterLookup {
  const ids = knownRaterIds(workspace);
  const byName = new Map<string, string>();
  // Raters in name order, so that of two with the same name the same one is always found.
  for (const rater of ratersOf(workspace)) {
    const key = nameKey(rater.name.trim());
    if (!byName.has(key)) byName.set(key, rater.id);
  }
  return (cell) => {
    const text = cell.trim();
    return ids.has(text) ? text : byName.get(nameKey(text));
  };
}

/**
 * What the file writes for a rater: the name, unless the name would be read as someone else
 * (two raters with one name, or a name that is another rater's id); then the id.
 */
export function raterCell(id: string, workspace: Workspace, lookup: RaterLookup): string {
  const name = workspace.raters[id]?.name;
  return name !== undefined && lookup(name) === id ? name : id;
}
