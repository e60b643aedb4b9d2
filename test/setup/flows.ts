import { Role } from 'src/auth/role';
import { runSeed } from 'src/seed/seed';
import { OutboxRepository } from 'src/search/outbox/outbox.repository';
import { OutboxWorker } from 'src/search/outbox/outbox.worker';
import { TestApp } from './test-app';
import { createUser, TestUser } from './users';

/** Loads the demo taxonomy and shortage lists, as `npm run seed` does. */
export async function seedDemo(t: TestApp): Promise<void> {
  await runSeed(t.app);
}

export async function occupationId(t: TestApp, label: string): Promise<string> {
  const rows = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM occupation WHERE preferred_label = $1`, [
    label,
  ]);
  if (!rows[0]) throw new Error(`No demo occupation "${label}"`);
  return rows[0].id;
}

export interface TestEmployer extends TestUser {
  employerId: string;
}

/** An employer account with a registered organisation, verified by `admin` unless told otherwise. */
export async function employer(
  t: TestApp,
  admin: TestUser,
  options: { memberState?: string; verify?: boolean; name?: string } = {},
): Promise<TestEmployer> {
  const user = await createUser(t, Role.EMPLOYER);
  const registered = await t.gql(
    `mutation ($input: EmployerInput!) { registerEmployer(input: $input) { id status } }`,
    {
      input: {
        legalName: options.name ?? 'Schweißtechnik Nord GmbH',
        memberState: options.memberState ?? 'DE',
        registrationNumber: `HRB ${Math.floor(Math.random() * 1e9)}`,
        contactEmail: 'jobs@example.de',
      },
    },
    user.token,
  );
  if (registered.errors) throw new Error(JSON.stringify(registered.errors));
  const employerId = registered.data!.registerEmployer.id as string;
  if (options.verify ?? true) {
    const verified = await t.gql(
      `mutation ($id: ID!) { setEmployerStatus(id: $id, status: VERIFIED) { status } }`,
      { id: employerId },
      admin.token,
    );
    if (verified.errors) throw new Error(JSON.stringify(verified.errors));
  }
  return { ...user, employerId };
}

/** Waits until the search outbox is empty: every change so far has reached the search engine. */
export async function searchSettled(t: TestApp, timeoutMs = 10_000): Promise<number> {
  const started = Date.now();
  const outbox = t.app.get(OutboxRepository);
  t.app.get(OutboxWorker).nudge();
  while ((await outbox.backlog()).pending > 0) {
    if (Date.now() - started > timeoutMs) throw new Error('The search outbox did not drain in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

/** A vacancy of `owner` sent through publishVacancy: PUBLISHED when screening finds nothing, IN_REVIEW otherwise. */
export async function publishedVacancy(
  t: TestApp,
  owner: TestUser,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; status: string }> {
  const input = {
    title: 'Welder (MIG/MAG) for shipyard work',
    description:
      'We build ship sections in Kiel and are looking for an experienced welder. Contract in German and Arabic, relocation paid by us.',
    occupationId: await occupationId(t, 'welder'),
    memberState: 'DE',
    city: 'Kiel',
    positions: 2,
    salary: { min: 2900, max: 3400, currency: 'EUR', period: 'MONTH' },
    ...overrides,
  };
  const created = await t.gql(
    `mutation ($input: VacancyInput!) { createVacancy(input: $input) { id } }`,
    { input },
    owner.token,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const id = created.data!.createVacancy.id as string;
  const published = await t.gql(`mutation ($id: ID!) { publishVacancy(id: $id) { id status } }`, { id }, owner.token);
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return published.data!.publishVacancy as { id: string; status: string };
}
