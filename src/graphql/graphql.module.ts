import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { createFormatError } from 'src/graphql/format-error';
import { costLimitPlugin, depthLimitRule } from 'src/graphql/limits';
import { DateScalar } from 'src/graphql/date.scalar';

export interface GraphQLContext {
  req: Request;
}

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, GraphQLSchemaHost],
      useFactory: (config: AppConfig, schemaHost: GraphQLSchemaHost): ApolloDriverConfig => ({
        path: '/graphql',
        // Built in memory; `npm run schema:generate` writes the committed schema.gql.
        autoSchemaFile: true,
        sortSchema: true,
        graphiql: config.graphql.landingPage,
        introspection: config.nodeEnv !== 'production' || config.graphql.landingPage,
        csrfPrevention: true,
        autoTransformHttpErrors: false,
        includeStacktraceInErrorResponses: config.nodeEnv === 'development',
        formatError: createFormatError(config.nodeEnv === 'development'),
        validationRules: [depthLimitRule(config.graphql.maxDepth)],
        // @nestjs/apollo sees @apollo/server's ESM typings, this file its CommonJS ones: same shape.
        plugins: [
          costLimitPlugin(() => schemaHost.schema, config.graphql.maxCost) as NonNullable<
            ApolloDriverConfig['plugins']
          >[number],
        ],
        context: ({ req }: { req: Request }): GraphQLContext => ({ req }),
      }),
    }),
  ],
  providers: [DateScalar],
})
export class ApiGraphQLModule {}
