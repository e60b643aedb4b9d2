import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------

`;

/** The committed schema.gql for a schema, exactly as `npm run schema:generate` writes it. */
export function schemaFileContent(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
