/** One problem with one input field, as the API names it (`input.reason`, `programmeId`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A GraphQL error the console can act on: its code, the fields at fault, the broken rule. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: FieldProblem[] = [],
    readonly reason: string | null = null,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; fields?: FieldProblem[]; reason?: string; retryAfterSeconds?: number };
}

let currentToken: string | null = null;
let onUnauthenticated: () => void = () => undefined;

/** The token later requests carry, and what to do when the API no longer accepts it. */
export function authorize(token: string | null, expired: () => void): void {
  currentToken = token;
  onUnauthenticated = expired;
}

/**
 * Sends one operation to the public GraphQL API of this origin. JSON POSTs pass the
 * API's CSRF prevention; the token goes in the Authorization header, never in a cookie.
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(currentToken ? { authorization: `Bearer ${currentToken}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('network', 'NETWORK');
  }
  let body: { data?: T | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${response.status}`, 'INTERNAL');
  }
  const first = body.errors?.[0];
  if (first) {
    const ext = first.extensions ?? {};
    const error = new ApiError(
      first.message,
      ext.code ?? 'INTERNAL',
      ext.fields ?? [],
      ext.reason ?? null,
      ext.retryAfterSeconds ?? null,
    );
    if (error.code === 'UNAUTHENTICATED' && currentToken) onUnauthenticated();
    throw error;
  }
  if (!body.data) throw new ApiError('No data', 'INTERNAL');
  return body.data;
}
