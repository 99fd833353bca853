/** See dev-server-process.mjs: pouchdb-server in memory, with the admin admin/admin. */
export const DEV_ADMIN: { name: string; password: string };

export type DevServer = {
  /** Where it answers, without a trailing slash: `http://127.0.0.1:5984`. */
  url: string;
  admin: { name: string; password: string };
  /** Settles with the exit code (or signal) when the server stops, asked to or not. */
  exited: Promise<number | string | null>;
  /** Stops the server, waits until it has exited and removes its folder. */
  stop(): Promise<void>;
};

export function startDevServer(options?: { port?: number; origins?: string[]; logs?: 'ignore' | 'inherit' }): Promise<DevServer>;
