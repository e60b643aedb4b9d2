import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from 'src/config/config';
import { dataSourceOptions } from 'src/database/data-source-options';
import { EmbeddedPostgres } from 'src/database/embedded-postgres';
import { pendingSchemaChanges, withScratchDatabase } from 'src/database/scratch-database';

const MIGRATIONS_DIR = join(process.cwd(), 'migrations');

function asTemplateLiteral(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const body = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${asTemplateLiteral(q)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${body(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${body(down)}
  }
}
`;
}

function registerMigration(className: string, fileName: string): void {
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  const index = readFileSync(indexPath, 'utf8');
  const withImport = index.replace(
    /(\nexport const MIGRATIONS)/,
    `import { ${className} } from 'migrations/${fileName}';\n$1`,
  );
  const withEntry = withImport.replace(/\[([^\]]*)\];/, (_, list: string) => {
    const entries = [
      ...list
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean),
      className,
    ];
    return `[\n${entries.map((e) => `  ${e},`).join('\n')}\n];`;
  });
  writeFileSync(indexPath, withEntry);
}

async function run(url: string | undefined, embeddedDir: string): Promise<void> {
  const embedded = url ? null : await EmbeddedPostgres.start({ dataDir: embeddedDir, maxConnections: 4 });
  const dataSource = new DataSource(
    dataSourceOptions({ url: url ?? embedded!.url, poolSize: 2, statementTimeoutMs: 3_600_000 }),
  );
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length === 0 ? 'Database is up to date.' : `Applied: ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const url = config.database.url;
  switch (command) {
    case 'run':
      return run(url, config.database.embeddedDir);
    case 'generate': {
      if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
        throw new Error('Usage: npm run db:generate -- MigrationName (PascalCase)');
      }
      const changes = await withScratchDatabase(url, pendingSchemaChanges);
      if (changes.up.length === 0) {
        console.log('Entities and migrations agree: nothing to generate.');
        return;
      }
      const timestamp = Date.now();
      const className = `${name}${timestamp}`;
      const fileName = `${timestamp}-${name}`;
      writeFileSync(join(MIGRATIONS_DIR, `${fileName}.ts`), migrationSource(className, changes.up, changes.down));
      registerMigration(className, fileName);
      console.log(`Wrote migrations/${fileName}.ts with ${changes.up.length} statement(s). Read it before committing.`);
      return;
    }
    case 'check': {
      const changes = await withScratchDatabase(url, pendingSchemaChanges);
      if (changes.up.length > 0) {
        console.error('Entities and migrations disagree; `npm run db:generate -- Name` would write:');
        for (const query of changes.up) console.error(`  ${query};`);
        process.exitCode = 1;
        return;
      }
      console.log('Migrations match the entities.');
      return;
    }
    case undefined:
    default:
      throw new Error('Usage: migrate.js run | generate Name | check');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
  process.exit(1);
});
