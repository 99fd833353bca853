import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The instrument lives in the top-level criteria/ folder, its source of truth. This plugin serves
 * those files at `criteria/*.json` during development and copies them into the build, so the app
 * fetches and validates them at start-up and replacing a file replaces the instrument. The paths
 * in `preload` are asked for by index.html itself, so they load while the code does instead
 * of after it (the tags are added after Vite has rewritten the page's own URLs, which would
 * otherwise point them at a hashed copy the app never fetches).
 */
export function criteriaFiles(folder = 'criteria', preload: readonly string[] = []): Plugin {
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
    transformIndexHtml() {
      return preload.map((name) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${name}`, as: 'fetch', crossorigin: '' }, injectTo: 'head' as const }));
    },
    generateBundle() {
      for (const name of files()) {
        this.emitFile({ type: 'asset', fileName: `criteria/${name}`, source: readFileSync(join(folder, name)) });
      }
    },
  };
}
