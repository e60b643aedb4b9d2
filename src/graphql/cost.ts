import { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, GraphQLError, GraphQLObjectType, GraphQLSchema, isCompositeType } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from 'src/graphql/connection';

/**
 * What a field costs, whatever page size it asks for. Every root field and every field that
 * returns an object (the ones with resolvers reading the database, loaders included) has a
 * floor, so `first: 1` cannot make a database read nearly free: aliasing one search two
 * thousand times used to fit under the limit.
 */
export const FIELD_COSTS = {
  /** A query or mutation field: at least one statement of its own. */
  root: 10,
  /** A field returning an object or a list of them: a load (batched, but still a read). */
  object: 2,
  /** `totalCount`: a count over the whole result. */
  count: 5,
  /** Any other scalar. */
  scalar: 1,
} as const;

/** Connection plumbing: structure, not reads. Their nodes carry the cost. */
function isPlumbing(parent: GraphQLObjectType, fieldName: string): boolean {
  return (
    (parent.name.endsWith('Connection') && (fieldName === 'edges' || fieldName === 'pageInfo')) ||
    (parent.name.endsWith('Edge') && (fieldName === 'node' || fieldName === 'cursor'))
  );
}

export function fieldCostEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const roots = new Set([schema.getQueryType(), schema.getMutationType()].filter(Boolean));
  return ({ type, field, args, childComplexity }) => {
    const parent = type as GraphQLObjectType;
    let own: number;
    if (roots.has(parent)) own = FIELD_COSTS.root;
    else if (isPlumbing(parent, field.name)) own = 0;
    else if (isCompositeType(getNamedType(field.type))) own = FIELD_COSTS.object;
    else own = field.name === 'totalCount' ? FIELD_COSTS.count : FIELD_COSTS.scalar;

    // A paged field returns up to `first` items (its default when omitted), each costing its selection.
    const paged = field.args.some((a) => a.name === 'first');
    if (!paged) return own + childComplexity;
    const asked = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
    const first = Math.min(Math.max(asked, 1), MAX_PAGE_SIZE);
    return own + first * Math.max(childComplexity, 1);
  };
}

/** Apollo plugin that refuses operations whose estimated cost exceeds `maxCost`. */
export function costLimitPlugin(schema: () => GraphQLSchema, maxCost: number): ApolloServerPlugin {
  let estimator: { schema: GraphQLSchema; estimate: ComplexityEstimator } | undefined;
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document }) {
          const current = schema();
          if (estimator?.schema !== current) estimator = { schema: current, estimate: fieldCostEstimator(current) };
          let cost: number;
          try {
            cost = getComplexity({
              schema: current,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [estimator.estimate],
            });
          } catch (error) {
            // The estimate coerces the variables first, so a bad one (an unknown enum value)
            // surfaces here, before Apollo's own check could call it the client's mistake.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query costs ${cost}; the limit is ${maxCost}`, {
              extensions: { code: 'BAD_USER_INPUT', limit: 'cost', cost, maxCost, http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
