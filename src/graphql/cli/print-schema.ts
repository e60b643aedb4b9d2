import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createApp } from 'src/app.factory';
import { loadConfig } from 'src/config/config';
import { schemaFileContent } from 'src/graphql/schema-file';

/** Writes schema.gql from the code-first types, on a throwaway in-memory database. */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', DATABASE_URL: '', LOG_LEVEL: 'warn' });
  config.database.embeddedDir = 'memory://';
  config.matching.preloadReplicas = false;
  const app = await createApp(config);
  await app.init();
  writeFileSync('schema.gql', schemaFileContent(app.get(GraphQLSchemaHost).schema));
  await app.close();
  console.log('Wrote schema.gql');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
