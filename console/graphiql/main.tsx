import { GraphiQL, GraphiQLProps } from 'graphiql';
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

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
