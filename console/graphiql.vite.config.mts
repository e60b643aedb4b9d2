import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * GraphiQL, built from the project's own dependencies into dist/graphiql so it works with no
 * network (the stock page loads React and GraphiQL from a CDN). GET /graphql answers browsers
 * with its page, and /graphiql/assets serves the rest, when GRAPHQL_LANDING_PAGE is on.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./graphiql', import.meta.url)),
  base: '/graphiql/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // GraphiQL's React libraries mark modules "use client", which means nothing in a plain bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
