import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  isScalarType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { Role } from 'src/auth/role';
import { ROLE_NOT_ALLOWED, SIGN_IN_REQUIRED } from 'src/common/errors';
import { startTestApp, TestApp } from './setup/test-app';
import { createUser, TestUser } from './setup/users';

type Actor = 'ANONYMOUS' | Role;
const { CANDIDATE, EMPLOYER, PARTNERSHIP_ADMIN, ADMIN } = Role;
const SIGNED_IN = [CANDIDATE, EMPLOYER, PARTNERSHIP_ADMIN, ADMIN];

/**
 * Who may call every operation of schema.gql. A new operation without a line here fails
 * this test; so does an operation whose guard disagrees with its line.
 */
const MATRIX: Record<string, 'public' | Role[]> = {
  // Query
  about: 'public',
  me: 'public',
  myCandidateProfile: [CANDIDATE],
  candidate: [EMPLOYER, PARTNERSHIP_ADMIN, ADMIN],
  myEmployer: [EMPLOYER],
  employers: [ADMIN],
  employerStatusHistory: [ADMIN],
  occupations: 'public',
  occupation: 'public',
  skills: 'public',
  suggestOccupations: 'public',
  suggestSkills: 'public',
  shortageOccupations: 'public',
  shortageLists: 'public',
  shortageListYears: 'public',
  vacancy: 'public',
  vacancies: 'public',
  myVacancies: [EMPLOYER],
  matchingCandidates: [EMPLOYER, ADMIN],
  matchingVacancies: [CANDIDATE],
  partnershipMatches: [PARTNERSHIP_ADMIN, ADMIN],
  programmeStatistics: [PARTNERSHIP_ADMIN, ADMIN],
  myProgrammes: [PARTNERSHIP_ADMIN],
  partnershipProgrammes: 'public',
  partnershipProgramme: 'public',
  eligibility: [CANDIDATE, PARTNERSHIP_ADMIN, ADMIN],
  myContactRequests: [CANDIDATE, EMPLOYER],
  myNotices: SIGNED_IN,
  notice: 'public',
  moderationQueue: [ADMIN],
  transparencyReport: [ADMIN],
  safetyAdvice: 'public',
  // Mutation
  login: 'public',
  register: 'public',
  registerEmployer: [EMPLOYER],
  saveCandidateProfile: [CANDIDATE],
  setProfileVisibility: [CANDIDATE],
  setEmployerStatus: [ADMIN],
  setShortageOccupations: [ADMIN],
  createVacancy: [EMPLOYER],
  updateVacancy: [EMPLOYER],
  publishVacancy: [EMPLOYER],
  closeVacancy: [EMPLOYER],
  reviewVacancy: [ADMIN],
  reportVacancy: SIGNED_IN,
  submitNotice: 'public',
  setTrustedFlagger: [ADMIN],
  appealModeration: [EMPLOYER],
  decideAppeal: [ADMIN],
  createPartnershipProgramme: [ADMIN],
  updatePartnershipProgramme: [ADMIN],
  assignProgrammeAdministrator: [ADMIN],
  awardPartnershipCredential: [PARTNERSHIP_ADMIN],
  requestContact: [EMPLOYER],
  respondToContactRequest: [CANDIDATE],
  withdrawContactRequest: [EMPLOYER],
  exportMyData: SIGNED_IN,
  deleteMyAccount: SIGNED_IN,
};

/** Operations that destroy the caller's account run with a fresh account each time. */
const DESTRUCTIVE = new Set(['deleteMyAccount']);

function dummyValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummyValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, dummyValue(f.type)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'Date':
        return '2000-01-01';
      case 'DateTime':
        return new Date().toISOString();
      default:
        return 'x';
    }
  }
  return null;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  const variables = Object.fromEntries(args.map((a) => [a.name, dummyValue(a.type)]));
  const declarations = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passing = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
  const text = `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selection} }`;
  return { text, variables };
}

function operations(schema: GraphQLSchema) {
  const query = Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ({
    kind: 'query' as const,
    field: f,
  }));
  const mutation = Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => ({
    kind: 'mutation' as const,
    field: f,
  }));
  return [...query, ...mutation];
}

describe('authorization matrix', () => {
  let t: TestApp;
  const schema = buildSchema(readFileSync('schema.gql', 'utf8'));
  const users = new Map<Role, TestUser>();

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of SIGNED_IN) users.set(role, await createUser(t, role));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists every operation of schema.gql, and nothing else', () => {
    const inSchema = operations(schema)
      .map((o) => o.field.name)
      .sort();
    expect(Object.keys(MATRIX).sort()).toEqual(inSchema);
  });

  const actors: Actor[] = ['ANONYMOUS', ...SIGNED_IN];
  const cases = operations(schema).flatMap(({ kind, field }) => actors.map((actor) => ({ kind, field, actor })));

  it.each(cases.map((c) => [c.field.name, c.actor, c] as const))(
    '%s as %s',
    async (_name, _actor, { kind, field, actor }) => {
      const rule = MATRIX[field.name];
      if (rule === undefined) throw new Error(`No line for ${field.name} in the matrix`);
      const allowed = rule === 'public' || (actor !== 'ANONYMOUS' && rule.includes(actor));
      let token: string | undefined;
      if (actor !== 'ANONYMOUS')
        token = DESTRUCTIVE.has(field.name) ? (await createUser(t, actor)).token : users.get(actor)!.token;

      const { text, variables } = operationFor(kind, field);
      const result = await t.gql(text, variables, token);
      const guardErrors = (result.errors ?? []).filter(
        (e) => e.message === SIGN_IN_REQUIRED || e.message === ROLE_NOT_ALLOWED,
      );
      if (allowed) {
        expect(guardErrors).toEqual([]);
      } else if (actor === 'ANONYMOUS') {
        expect(guardErrors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      } else {
        expect(guardErrors[0]).toMatchObject({ message: ROLE_NOT_ALLOWED, extensions: { code: 'FORBIDDEN' } });
      }
      expect(result.errors?.some((e) => e.extensions.code === 'INTERNAL')).not.toBe(true);
    },
  );
});
