import { AppConfig } from 'src/config/config';

export interface BootSummary {
  /** One readable sentence: where to go, which database, which search engine. */
  message: string;
  url: string;
  graphiql: boolean;
  console: string;
  database: string;
  search: string;
  /** Things an operator should act on, one sentence each. */
  warnings: string[];
}

/** "server db.example.org:5432, database pathways": never the user name or the password. */
export function describeDatabase(config: AppConfig): string {
  if (!config.database.url) return `embedded PostgreSQL (PGlite) in ${config.database.embeddedDir}`;
  const url = new URL(config.database.url);
  const name = decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres';
  return `PostgreSQL server ${url.hostname}:${url.port || '5432'}, database ${name}`;
}

function describeSearch(config: AppConfig): string {
  if (config.search.engine === 'postgres') return 'PostgreSQL full text (SEARCH_ENGINE=postgres)';
  const url = new URL(config.search.meiliUrl ?? 'http://localhost');
  return `Meilisearch at ${url.origin}`;
}

/** What `npm start` prints once it listens. */
export function bootSummary(config: AppConfig, port: number, jwtSecretFromEnv: boolean): BootSummary {
  const host = ['0.0.0.0', '::', ''].includes(config.http.host) ? 'localhost' : config.http.host;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const url = `${base}/graphql`;
  const database = describeDatabase(config);
  const search = describeSearch(config);
  const warnings: string[] = [];
  if (!jwtSecretFromEnv) {
    warnings.push(
      'JWT_SECRET is not set: tokens are signed with a random secret made at boot, so every token dies at restart (set JWT_SECRET, 32 characters or more, in .env)',
    );
  }
  const graphiql = config.graphql.landingPage;
  return {
    message: `Pathways is up: ${url}${graphiql ? ' (GraphiQL in a browser)' : ''}, console ${base}/console; database: ${database}; search: ${search}`,
    url,
    graphiql,
    console: `${base}/console`,
    database,
    search,
    warnings,
  };
}
