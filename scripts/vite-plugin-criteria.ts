import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The instrument lives in the top-level criteria/ folder, its source of truth. This plugin serves
 * those files at `criteria/*.json` during development and copies them into the build, so the app
 * fetches and validates them at start-up and replacing a file replaces the instrument.
 */
export function criteriaFiles(folder = 'criteria'): Plugin {
  const files = () => readdirSync(folder).filter((name) => name.endsWith('.json'));
  return {
    name: 'lansinventering-criteria-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = /^\/criteria\/([\w.-]+\.json)(\?.*)?$/.exec(request.url ?? '');
        const name = match?.[1];
        if (!name || !files().includes(name)) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(readFileSync(join(folder, name)));
      });
    },
    generateBundle() {
      for (const name of files()) {
        this.emitFile({ type: 'asset', fileName: `criteria/${name}`, source: readFileSync(join(folder, name)) });
      }
    },
  };
}
