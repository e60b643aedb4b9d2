import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { costLimitPlugin } from 'src/graphql/cost';
import { DateScalar } from 'src/graphql/date.scalar';
import { errorLogPlugin } from 'src/graphql/error-log.plugin';
import { createFormatError } from 'src/graphql/format-error';
import { GraphQLErrorFilter } from 'src/graphql/graphql-exception.filter';
import { depthLimitRule, operationShapeRule } from 'src/graphql/limits';
import { requestBudgetPlugin } from 'src/graphql/request-budget.plugin';

export interface GraphQLContext {
  req: Request;
}

type Plugin = NonNullable<ApolloDriverConfig['plugins']>[number];

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, GraphQLSchemaHost],
      useFactory: (config: AppConfig, schemaHost: GraphQLSchemaHost): ApolloDriverConfig => {
        const introspection = config.nodeEnv !== 'production' || config.graphql.landingPage;
        return {
          path: '/graphql',
          // Built in memory; `npm run schema:generate` writes the committed schema.gql.
          autoSchemaFile: true,
          sortSchema: true,
          // GraphiQL is served from the project's own build (src/graphql/graphiql.ts), never a CDN.
          graphiql: false,
          introspection,
          csrfPrevention: true,
          autoTransformHttpErrors: false,
          includeStacktraceInErrorResponses: config.nodeEnv === 'development',
          // graphql-js 16 has no switch for its "Did you mean" hints: they are cut where errors are formatted.
          formatError: createFormatError({
            development: config.nodeEnv === 'development',
            hideSuggestions: !introspection,
          }),
          validationRules: [
            depthLimitRule(config.graphql.maxDepth),
            operationShapeRule({
              maxAliases: config.graphql.maxAliases,
              maxRootFields: config.graphql.maxRootFields,
              maxMutations: config.graphql.maxMutations,
            }),
          ],
          // @nestjs/apollo sees @apollo/server's ESM typings, this file its CommonJS ones: same shape.
          plugins: [
            costLimitPlugin(() => schemaHost.schema, config.graphql.maxCost) as Plugin,
            requestBudgetPlugin() as Plugin,
            errorLogPlugin() as Plugin,
            // No field sets cache hints: without the plugin no per-field hook runs for them.
            ApolloServerPluginCacheControlDisabled() as Plugin,
          ],
          context: ({ req }: { req: Request }): GraphQLContext => ({ req }),
        };
      },
    }),
  ],
  providers: [DateScalar, { provide: APP_FILTER, useClass: GraphQLErrorFilter }],
})
export class ApiGraphQLModule {}
