import { createServer, Server } from 'node:net';
import { Writable } from 'node:stream';
import { NestExpressApplication } from '@nestjs/platform-express';
import { start, StartRefused } from 'src/boot/start';
import { createTestDatabase, TestDatabase } from './setup/test-database';

interface LogLine {
  level: number;
  msg?: string;
  context?: string;
  [key: string]: unknown;
}

const WARN = 40;

function collector(lines: LogLine[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
}

function listening(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
}

describe('npm start', () => {
  it('stops at once, before touching the database, when the port is taken', async () => {
    const taken = createServer();
    const port = await listening(taken);
    const started = Date.now();
    try {
      // Nothing listens on port 1: had it opened the database first, this would fail differently.
      await expect(
        start({
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: String(port),
          DATABASE_URL: 'postgres://x@127.0.0.1:1/none',
        }),
      ).rejects.toThrow(
        new StartRefused(
          `Port ${port} on 127.0.0.1 is already in use (is Pathways already running?): stop that process or set PORT.`,
        ),
      );
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      taken.close();
    }
  });

  describe('once up', () => {
    let database: TestDatabase;
    let app: NestExpressApplication | undefined;
    const lines: LogLine[] = [];

    beforeAll(async () => {
      database = await createTestDatabase();
      ({ app } = await start(
        {
          NODE_ENV: 'test',
          HOST: '127.0.0.1',
          PORT: '0',
          DATABASE_URL: database.url,
          DB_MIGRATE_ON_BOOT: 'false',
          LOG_LEVEL: 'info',
          GRAPHQL_LANDING_PAGE: 'true',
        },
        { logDestination: collector(lines) },
      ));
    });
    afterAll(async () => {
      await app?.close();
      await database?.drop();
    });

    it('prints one summary: the URL, the database (no credentials) and the search engine', () => {
      const summaries = lines.filter((l) => l.context === 'Pathways' && l.level === 30);
      expect(summaries).toHaveLength(1);
      const name = new URL(database.url).pathname.slice(1);
      const port = (app!.getHttpServer().address() as { port: number }).port;
      expect(summaries[0]).toMatchObject({
        url: `http://127.0.0.1:${port}/graphql`,
        graphiql: true,
        database: `PostgreSQL server 127.0.0.1:${new URL(database.url).port}, database ${name}`,
        search: 'PostgreSQL full text (SEARCH_ENGINE=postgres)',
      });
      expect(summaries[0]!.msg).toContain(`http://127.0.0.1:${port}/graphql`);
      expect(JSON.stringify(lines)).not.toContain(new URL(database.url).username + '@');
    });

    it('warns that a random JWT secret ends every token at restart', () => {
      const warnings = lines.filter((l) => l.level === WARN && l.context === 'Pathways');
      expect(warnings.map((l) => l.msg)).toEqual([
        expect.stringMatching(/^JWT_SECRET is not set: .*every token dies at restart/),
      ]);
    });

    it('keeps Nest’s module-by-module boot narration out of the info log', () => {
      expect(lines.filter((l) => l.context === 'InstanceLoader' || l.context === 'RouterExplorer')).toEqual([]);
    });

    it('logs a GraphQL request under its whole path, /graphql', async () => {
      const port = (app!.getHttpServer().address() as { port: number }).port;
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ about { name } }' }),
      });
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(lines.filter((l) => l.context === 'HTTP').map((l) => l.path)).toContain('/graphql');
      expect(lines.filter((l) => l.context === 'HTTP').map((l) => l.path)).not.toContain('/');
    });
  });
});
