import { GraphiQL, GraphiQLProps } from 'graphiql';
import { buildSchema } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './graphiql.css';

/** The first tab a newcomer sees: a question anyone may ask, and where the worked requests are. */
const DEFAULT_QUERY = `# Pathways GraphQL API. The worked requests of the README's "Try it" tour are in
# examples/*.graphql; paste one here, with its variables below.
# Signed in? Put {"Authorization": "Bearer <accessToken>"} in Headers.
query About {
  about {
    name
    version
  }
  suggestOccupations(title: "welder", first: 3) {
    score
    occupation {
      label
    }
  }
}
`;

/** Plain POSTs to this origin's API with the headers typed in GraphiQL (no subscriptions here). */
const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return (await response.json()) as Record<string, unknown>;
};

/**
 * The schema comes from the service as SDL: GraphiQL's own introspection query is nested 15
 * fields deep, over the depth limit the API holds every query to.
 */
async function start(): Promise<void> {
  const response = await fetch('/graphiql/schema.graphql');
  const schema = buildSchema(await response.text());
  createRoot(document.getElementById('graphiql')!).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} schema={schema} defaultQuery={DEFAULT_QUERY} />
    </StrictMode>,
  );
}

void start();
