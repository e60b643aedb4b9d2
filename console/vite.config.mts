import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The operator console: a static single-page app the service serves at /console. No dev
 * server or CDN is involved in production; `npm run build` writes dist/console.
 */
export default defineConfig({
  root,
  base: '/console/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // `npm run console:dev`: the console with live reload against a running API (PATHWAYS_API, default :3000).
  server: { proxy: { '/graphql': process.env.PATHWAYS_API ?? 'http://localhost:3000' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Every browser the console supports preloads modules itself.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // One chunk for the framework and charts keeps the first load to a few requests.
    chunkSizeWarningLimit: 600,
  },
});
