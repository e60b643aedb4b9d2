/**
 * The worked requests of README "Try it": every `.graphql` file of examples/ in name order,
 * each one operation with its notes in `#` comments above it. Three notes drive the tour:
 *
 *   # @as candidateToken                       send Authorization: Bearer <that saved value>
 *   # @save vacancyId = createVacancy.id       keep a value of the answer for later steps
 *   # @expect publishVacancy.status = "PUBLISHED"   fail unless the answer says so
 *
 * An operation's variables are taken from what earlier steps saved, by name ($vacancyId),
 * and from the values a run makes up (fresh emails, a password, a registration number).
 * Paths go through objects by field name and through lists by index (`edges.0`), every item
 * (`*`) or the first item matching `[field=value,other=value]` (`$name` there is a saved value).
 * `@expect path` alone asks for a value that is not null nor an empty list. A step whose
 * operation takes `$after` is asked again for the next page until its expectations hold.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { join } from 'node:path';
import { Kind, OperationDefinitionNode, parse } from 'graphql';

export interface Step {
  file: string;
  title: string;
  query: string;
  operation: 'query' | 'mutation' | 'subscription';
  variables: string[];
  as?: string;
  saves: { name: string; path: string }[];
  expects: { path: string; value?: unknown }[];
}

export type State = Record<string, unknown>;

/** Reads one example file: its first comment line is the title, `@` notes drive the run. */
export function parseStep(file: string, text: string): Step {
  const comments = text
    .split('\n')
    .filter((line) => line.trimStart().startsWith('#'))
    .map((line) => line.trimStart().replace(/^#\s?/, ''));
  const document = parse(text);
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1) throw new Error(`${file}: holds ${operations.length} operations, not one`);
  const [operation] = operations as [OperationDefinitionNode];
  const step: Step = {
    file,
    title: comments.find((line) => line.trim() !== '' && !line.startsWith('@'))?.trim() ?? file,
    query: text,
    operation: operation.operation,
    variables: (operation.variableDefinitions ?? []).map((v) => v.variable.name.value),
    saves: [],
    expects: [],
  };
  for (const line of comments) {
    const note = /^@(as|save|expect)\s+(.+)$/.exec(line.trim());
    if (!note) continue;
    const [, kind, rest] = note as unknown as [string, string, string];
    if (kind === 'as') step.as = rest.trim();
    if (kind === 'save') {
      const save = /^(\w+)\s*=\s*(.+)$/.exec(rest.trim());
      if (!save) throw new Error(`${file}: "@save ${rest}" is not "@save name = path"`);
      step.saves.push({ name: save[1]!, path: save[2]! });
    }
    if (kind === 'expect') {
      const expect = /^(.+?)(?:\s+=\s+(.+))?$/.exec(rest.trim());
      if (!expect) throw new Error(`${file}: "@expect ${rest}" is not "@expect path [= value]"`);
      step.expects.push({
        path: expect[1]!,
        ...(expect[2] !== undefined ? { value: JSON.parse(expect[2]) as unknown } : {}),
      });
    }
  }
  return step;
}

/** The project root: examples/ sits in it (and dist/examples/ when compiled). */
const ROOT = [join(__dirname, '..'), join(__dirname, '..', '..')].find((dir) =>
  existsSync(join(dir, 'examples', '01-about.graphql')),
)!;

/** Fresh accounts for one run, so the tour can run again on the same database. */
export function newRunState(): State {
  const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const password = `tour-${randomBytes(9).toString('base64url')}`;
  return {
    password,
    candidateEmail: `candidate.${run}@example.org`,
    employerEmail: `employer.${run}@example.org`,
    programmeAdminEmail: `programme.${run}@example.org`,
    registrationNumber: `HRB ${randomInt(100_000, 1_000_000_000)}`,
    adminEmail: `admin.${run}@example.org`,
    adminPassword: password,
  };
}

/**
 * An administrator made on the command line, as an operator would (README "Accounts and
 * access"), on the database this environment names: the embedded one is reached through the
 * running server. Uses the compiled command the server was built with, else builds it.
 */
export function createAdministrator(email: string, password: string, env: NodeJS.ProcessEnv = process.env): void {
  const args = ['--email', email, '--password', password, '--role', 'ADMIN'];
  const compiled = join(ROOT, 'dist/src/auth/cli/create-user.js');
  const result = existsSync(compiled)
    ? spawnSync(process.execPath, [compiled, ...args], {
        cwd: ROOT,
        env: { ...env, NODE_PATH: join(ROOT, 'dist') },
        encoding: 'utf8',
      })
    : spawnSync('npm', ['run', '--silent', 'user:create', '--', ...args], { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`Could not create an administrator with npm run user:create:\n${result.stderr || result.stdout}`);
  }
}

/** The tour's steps, from examples/ in the project root. */
export function tourSteps(): Step[] {
  return loadSteps(join(ROOT, 'examples'));
}

export function loadSteps(dir: string): Step[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => parseStep(name, readFileSync(join(dir, name), 'utf8')));
}

function splitPath(path: string): string[] {
  return path.match(/\[[^\]]*\]|[^.[\]]+/g) ?? [];
}

/** Follows a path through an answer; undefined when it leads nowhere. */
export function pick(value: unknown, path: string, state: State = {}): unknown {
  let current: unknown = value;
  const segments = splitPath(path);
  for (const [i, segment] of segments.entries()) {
    if (current === null || current === undefined) return undefined;
    if (segment === '*') {
      if (!Array.isArray(current)) return undefined;
      const rest = segments.slice(i + 1).join('.');
      return current.map((item: unknown) => (rest ? pick(item, rest, state) : item));
    }
    if (segment.startsWith('[') && segment.endsWith(']')) {
      if (!Array.isArray(current)) return undefined;
      const conditions = segment
        .slice(1, -1)
        .split(',')
        .map((condition) => {
          const [field = '', raw = ''] = condition.split('=');
          return { field: field.trim(), wanted: raw.startsWith('$') ? state[raw.slice(1)] : raw };
        });
      current = current.find((item) => conditions.every(({ field, wanted }) => pick(item, field, state) === wanted));
      continue;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** What is wrong with an answer, by the step's expectations; empty when it is as expected. */
export function unmet(step: Step, data: unknown, state: State): string[] {
  return step.expects.flatMap(({ path, value }) => {
    const actual = pick(data, path, state);
    if (value === undefined) {
      const empty = actual === undefined || actual === null || (Array.isArray(actual) && actual.length === 0);
      return empty ? [`expected ${path} to have a value`] : [];
    }
    const wanted = typeof value === 'string' && value.startsWith('$') ? state[value.slice(1)] : value;
    return JSON.stringify(actual) === JSON.stringify(wanted)
      ? []
      : [`expected ${path} = ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`];
  });
}

export interface GraphQLAnswer {
  data?: unknown;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export type Send = (query: string, variables: State, token?: string) => Promise<GraphQLAnswer>;

export interface StepResult {
  step: Step;
  data: unknown;
  attempts: number;
}

/**
 * Runs the steps in order; throws on the first error or unmet expectation. A query whose
 * expectations are not met yet is asked again for up to `settleMs`: search indexes follow
 * writes a moment later.
 */
export async function runTour(
  steps: Step[],
  send: Send,
  state: State,
  options: { settleMs?: number; onStep?: (result: StepResult) => void } = {},
): Promise<State> {
  const settleMs = options.settleMs ?? 10_000;
  for (const step of steps) {
    const variables: State = {};
    for (const name of step.variables) {
      if (name === 'after') continue;
      if (!(name in state)) throw new Error(`${step.file}: needs $${name}, which no earlier step saved`);
      variables[name] = state[name];
    }
    let token: string | undefined;
    if (step.as) {
      const saved = state[step.as];
      if (typeof saved !== 'string') throw new Error(`${step.file}: @as ${step.as}, which no earlier step saved`);
      token = saved;
    }
    const started = Date.now();
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const answer = await send(step.query, variables, token);
      if (answer.errors?.length) {
        const lines = answer.errors.map(
          (e) =>
            `  ${typeof e.extensions?.code === 'string' ? e.extensions.code : 'ERROR'}: ${e.message}` +
            (e.extensions?.fields ? ` ${JSON.stringify(e.extensions.fields)}` : ''),
        );
        throw new Error(`${step.file}: ${step.title}\n${lines.join('\n')}`);
      }
      const problems = unmet(step, answer.data, state);
      if (problems.length === 0) {
        for (const { name, path } of step.saves) {
          const value = pick(answer.data, path, state);
          if (value === undefined) throw new Error(`${step.file}: @save ${name}: the answer has no ${path}`);
          state[name] = value;
        }
        options.onStep?.({ step, data: answer.data, attempts });
        break;
      }
      // A step that takes $after pages through its connection before it gives up on a page.
      const next = step.variables.includes('after') ? nextPage(step, answer.data) : undefined;
      if (next) {
        variables.after = next;
        continue;
      }
      delete variables.after;
      if (step.operation !== 'query' || Date.now() - started > settleMs) {
        throw new Error(`${step.file}: ${step.title}\n${problems.map((p) => `  ${p}`).join('\n')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return state;
}

/** The cursor of the next page of the connection the step's expectations look into, if any. */
function nextPage(step: Step, data: unknown): string | undefined {
  const root = step.expects[0] ? splitPath(step.expects[0].path)[0] : undefined;
  const info = root ? pick(data, `${root}.pageInfo`) : undefined;
  const { hasNextPage, endCursor } = (info ?? {}) as { hasNextPage?: boolean; endCursor?: string };
  return hasNextPage && endCursor ? endCursor : undefined;
}

/**
 * Sends GraphQL over HTTP as any client would, one connection per request: a kept-alive
 * connection the server closes while idle (the tour pauses to create its administrator)
 * would fail the next request for nothing.
 */
export function httpSender(url: string): Send {
  const endpoint = new URL(`${url.replace(/\/+$/, '')}/graphql`);
  const client = endpoint.protocol === 'https:' ? https : http;
  return (query, variables, token) =>
    new Promise<GraphQLAnswer>((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const request = client.request(
        endpoint,
        {
          method: 'POST',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve(JSON.parse(text) as GraphQLAnswer);
            } catch {
              reject(
                new Error(
                  `${endpoint.href} answered HTTP ${response.statusCode} with no GraphQL: ${text.slice(0, 200)}`,
                ),
              );
            }
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
}
