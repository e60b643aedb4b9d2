import { ConfigError, loadConfig } from 'src/config/config';

describe('loadConfig', () => {
  it('gives working defaults for a fresh machine', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.embeddedDir).toBe('.data/pglite');
    expect(config.search.engine).toBe('postgres');
    expect(config.auth.jwtSecret).toHaveLength(64);
  });

  it('names every bad variable at once', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://localhost/db',
        SEARCH_ENGINE: 'elastic',
        DB_MIGRATE_ON_BOOT: 'maybe',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT must be an integer/);
      expect(problems).toMatch(/DATABASE_URL must be a postgres: or postgresql:\/\/ URL/);
      expect(problems).toMatch(/SEARCH_ENGINE must be one of postgres, meilisearch/);
      expect(problems).toMatch(/DB_MIGRATE_ON_BOOT must be true or false/);
      expect((error as ConfigError).problems).toHaveLength(4);
    }
  });

  it('refuses production without a JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).auth.jwtSecret).toBe('x'.repeat(40));
  });

  it('requires MEILI_URL when Meilisearch is chosen', () => {
    expect(() => loadConfig({ SEARCH_ENGINE: 'meilisearch' })).toThrow(/MEILI_URL is required/);
  });
});
