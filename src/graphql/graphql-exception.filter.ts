import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';

/**
 * Nest's default handler logs every error a resolver throws at error level with its stack,
 * a client's mistakes included. GraphQL errors are logged once, by the error-log plugin
 * (client errors as info lines); this filter hands them back to GraphQL untouched.
 */
@Catch()
export class GraphQLErrorFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    super.catch(exception, host);
    return undefined;
  }
}
