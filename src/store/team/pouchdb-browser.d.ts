// The part of PouchDB's API the team link uses (the package ships no types of its own).
declare module 'pouchdb-browser' {
  export type Doc = { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[] } & Record<string, unknown>;
  type WriteResult = { ok?: boolean; id?: string; rev?: string; error?: string | boolean; status?: number; message?: string; reason?: string };
  type AllDocsRow = { id?: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: Doc | null; error?: string };
  type Emitter = {
    on(event: string, listener: (...args: never[]) => void): Emitter;
    cancel(): void;
  };
  class PouchDB {
    constructor(name: string, options?: { fetch?: (url: string, init?: RequestInit) => Promise<Response>; skip_setup?: boolean; auto_compaction?: boolean });
    static fetch(url: string, init?: RequestInit): Promise<Response>;
    allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; startkey?: string; endkey?: string }): Promise<{ rows: AllDocsRow[] }>;
    bulkDocs(docs: Doc[]): Promise<WriteResult[]>;
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Doc>;
    changes(options: { since: 'now' | number; live: true; include_docs: true; conflicts: true }): Emitter;
    sync(remote: PouchDB, options: { live: true; retry: true; batch_size?: number }): Emitter;
    close(): Promise<void>;
  }
  export default PouchDB;
}
