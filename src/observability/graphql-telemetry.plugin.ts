import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { Metrics, outcomeLabel } from 'src/observability/metrics';
import { INVALID_OPERATION, OperationLabel, operationLabel } from 'src/observability/operation-label';
import { TRACING } from 'src/observability/observability.tokens';
import type { Tracing } from 'src/observability/tracing';

/**
 * Times every GraphQL request into the duration histogram, labelled by the root field the
 * schema resolved (never the client's operation name) and the outcome code, and names the
 * request's span after the same label. Found by @nestjs/apollo through @Plugin().
 */
@Plugin()
export class GraphQLTelemetryPlugin implements ApolloServerPlugin {
  constructor(
    private readonly metrics: Metrics,
    @Inject(TRACING) private readonly tracing: Tracing | null,
  ) {}

  requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const started = performance.now();
    const { metrics, tracing } = this;
    const span = tracing?.activeSpan();
    let label: OperationLabel = INVALID_OPERATION;
    return Promise.resolve({
      didResolveOperation({ document, operation }) {
        if (!operation) return Promise.resolve();
        label = operationLabel(document, operation);
        span?.updateName(`${label.type} ${label.operation}`);
        span?.setAttributes({ 'graphql.operation.type': label.type, 'pathways.graphql.root_field': label.operation });
        return Promise.resolve();
      },
      willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        const outcome = outcomeLabel(errors?.[0]?.extensions?.code);
        metrics.graphqlRequest(label, outcome, (performance.now() - started) / 1000);
        if (span && tracing) {
          span.setAttribute('pathways.graphql.outcome', outcome);
          // A refused request is the client's business; only a fault of ours marks the span failed.
          if (outcome === 'INTERNAL') tracing.fail(span, 'INTERNAL');
          if (label === INVALID_OPERATION) span.updateName('graphql (invalid)');
        }
        return Promise.resolve();
      },
    });
  }
}
