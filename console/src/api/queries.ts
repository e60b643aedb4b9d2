import { graphql } from './client';
import type { Role, Session } from './session';

/** The operations the console sends, each typed by what it selects. Nothing here but the public API. */

export type EmployerStatus = 'PENDING' | 'VERIFIED' | 'SUSPENDED' | 'REMOVED';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Page<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { node: T }[];
}

export async function signIn(email: string, password: string): Promise<Session> {
  const data = await graphql<{
    login: { accessToken: string; expiresAt: string; user: { id: string; email: string; role: Role } };
  }>(
    `
      mutation SignIn($email: String!, $password: String!) {
        login(email: $email, password: $password) {
          accessToken
          expiresAt
          user {
            id
            email
            role
          }
        }
      }
    `,
    { email, password },
  );
  return { token: data.login.accessToken, expiresAt: data.login.expiresAt, user: data.login.user };
}

export async function me(): Promise<{ id: string; email: string; role: Role } | null> {
  return (
    await graphql<{ me: { id: string; email: string; role: Role } | null }>(`
      query Me {
        me {
          id
          email
          role
        }
      }
    `)
  ).me;
}

// Home

export interface AdminOverview {
  pending: number;
  programmes: number;
  lists: number;
}

export async function adminOverview(year: number): Promise<AdminOverview> {
  const data = await graphql<{
    employers: { totalCount: number };
    partnershipProgrammes: { totalCount: number };
    shortageLists: { memberState: string }[];
  }>(
    `
      query AdminOverview($year: Int) {
        employers(status: PENDING, first: 1) {
          totalCount
        }
        partnershipProgrammes(first: 1) {
          totalCount
        }
        shortageLists(year: $year) {
          memberState
        }
      }
    `,
    { year },
  );
  return {
    pending: data.employers.totalCount,
    programmes: data.partnershipProgrammes.totalCount,
    lists: data.shortageLists.length,
  };
}

// Employers

export interface Employer {
  id: string;
  legalName: string;
  memberState: string;
  registrationNumber: string | null;
  contactEmail: string | null;
  status: EmployerStatus;
  statusReason: string | null;
}

const EMPLOYER = `id legalName memberState registrationNumber contactEmail status statusReason`;

export async function employers(status: EmployerStatus | null, after: string | null): Promise<Page<Employer>> {
  return (
    await graphql<{ employers: Page<Employer> }>(
      `query Employers($status: EmployerStatus, $after: String) {
        employers(status: $status, first: 20, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { ${EMPLOYER} } }
        }
      }`,
      { status, after },
    )
  ).employers;
}

export interface StatusChange {
  employer: { id: string; legalName: string };
  from: EmployerStatus | null;
  to: EmployerStatus;
  reason: string | null;
  at: string;
  changedBy: { email: string; role: Role } | null;
}

export async function employerHistory(employerId: string | null, after: string | null): Promise<Page<StatusChange>> {
  return (
    await graphql<{ employerStatusHistory: Page<StatusChange> }>(
      `
        query EmployerHistory($employerId: ID, $after: String) {
          employerStatusHistory(employerId: $employerId, first: 20, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                employer {
                  id
                  legalName
                }
                from
                to
                reason
                at
                changedBy {
                  email
                  role
                }
              }
            }
          }
        }
      `,
      { employerId, after },
    )
  ).employerStatusHistory;
}

export async function setEmployerStatus(id: string, status: EmployerStatus, reason: string | null): Promise<Employer> {
  return (
    await graphql<{ setEmployerStatus: Employer }>(
      `mutation SetEmployerStatus($id: ID!, $status: EmployerStatus!, $reason: String) {
        setEmployerStatus(id: $id, status: $status, reason: $reason) { ${EMPLOYER} }
      }`,
      { id, status, reason },
    )
  ).setEmployerStatus;
}

// Programmes

export interface Criteria {
  citizenships: string[];
  residenceCountries: string[];
  minAge: number | null;
  maxAge: number | null;
  languages: { language: string; minLevel: string }[];
  minEqfLevel: number | null;
  iscoCodes: string[];
  minExperienceYears: number | null;
  requiresTrainingCompletion: boolean;
}

export interface Programme {
  id: string;
  name: string;
  memberStates: string[];
  partnerCountries: string[];
  active: boolean;
  criteria: Criteria;
}

const PROGRAMME = `id name memberStates partnerCountries active criteria {
  citizenships residenceCountries minAge maxAge languages { language minLevel } minEqfLevel iscoCodes
  minExperienceYears requiresTrainingCompletion }`;

/** Admins see every programme; a programme administrator sees the ones they administer. */
export async function programmesFor(role: Role): Promise<Programme[]> {
  if (role === 'PARTNERSHIP_ADMIN') {
    return (await graphql<{ myProgrammes: Programme[] }>(`query MyProgrammes { myProgrammes { ${PROGRAMME} } }`))
      .myProgrammes;
  }
  const data = await graphql<{ partnershipProgrammes: Page<Programme> }>(
    `query Programmes { partnershipProgrammes(first: 100) { edges { node { ${PROGRAMME} } } } }`,
  );
  return data.partnershipProgrammes.edges.map((e) => e.node);
}

export interface ProgrammeStatistics {
  programme: Programme;
  visibleCandidates: number;
  eligibleCandidates: number;
  criteria: { criterion: string; failing: number; passingSoFar: number }[];
  matchesConsidered: number;
  missingSkills: { skill: { id: string; label: string }; matches: number }[];
  computedAt: string;
}

export async function programmeStatistics(programmeId: string): Promise<ProgrammeStatistics> {
  return (
    await graphql<{ programmeStatistics: ProgrammeStatistics }>(
      `query ProgrammeStatistics($programmeId: ID!) {
        programmeStatistics(programmeId: $programmeId) {
          programme { ${PROGRAMME} } visibleCandidates eligibleCandidates
          criteria { criterion failing passingSoFar }
          matchesConsidered missingSkills { skill { id label } matches } computedAt
        }
      }`,
      { programmeId },
    )
  ).programmeStatistics;
}

export interface Breakdown {
  essentialSkills: number;
  optionalSkills: number;
  occupation: number;
  experience: number;
  languages: number;
  qualification: number;
  partnership: number;
}

export interface SkillMatch {
  relation: 'EXACT' | 'BROADER' | 'NARROWER' | 'RELATED';
  credit: number;
  required: { label: string };
  held: { label: string };
}

export interface ProgrammeMatch {
  score: number;
  breakdown: Breakdown;
  matchedSkills: { id: string; label: string }[];
  missingEssentialSkills: { id: string; label: string }[];
  skillMatches: SkillMatch[];
  candidate: {
    id: string;
    citizenship: string;
    residenceCountry: string;
    highestEqfLevel: number | null;
    yearsOfExperience: number;
    languages: { language: string; level: string }[];
    credentials: { programme: { id: string; name: string }; trainingCompleted: boolean }[];
  };
  vacancy: {
    id: string;
    title: string;
    memberState: string;
    city: string | null;
    employer: { legalName: string };
  };
}

export async function programmeMatches(programmeId: string, after: string | null): Promise<Page<ProgrammeMatch>> {
  return (
    await graphql<{ partnershipMatches: Page<ProgrammeMatch> }>(
      `
        query ProgrammeMatches($programmeId: ID!, $after: String) {
          partnershipMatches(programmeId: $programmeId, first: 10, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                score
                breakdown {
                  essentialSkills
                  optionalSkills
                  occupation
                  experience
                  languages
                  qualification
                  partnership
                }
                matchedSkills {
                  id
                  label
                }
                missingEssentialSkills {
                  id
                  label
                }
                candidate {
                  id
                  citizenship
                  residenceCountry
                  highestEqfLevel
                  yearsOfExperience
                  languages {
                    language
                    level
                  }
                  credentials {
                    programme {
                      id
                      name
                    }
                    trainingCompleted
                  }
                }
                vacancy {
                  id
                  title
                  memberState
                  city
                  employer {
                    legalName
                  }
                }
              }
            }
          }
        }
      `,
      { programmeId, after },
    )
  ).partnershipMatches;
}

export async function awardCredential(
  programmeId: string,
  candidateId: string,
  trainingCompleted: boolean,
): Promise<{ trainingCompleted: boolean; awardedAt: string }> {
  return (
    await graphql<{ awardPartnershipCredential: { trainingCompleted: boolean; awardedAt: string } }>(
      `
        mutation Award($programmeId: ID!, $candidateId: ID!, $trainingCompleted: Boolean!) {
          awardPartnershipCredential(
            programmeId: $programmeId
            candidateId: $candidateId
            trainingCompleted: $trainingCompleted
          ) {
            trainingCompleted
            awardedAt
          }
        }
      `,
      { programmeId, candidateId, trainingCompleted },
    )
  ).awardPartnershipCredential;
}

// Shortage lists

export interface ShortageList {
  memberState: string;
  year: number;
  occupations: { code: string; label: string }[];
}

export async function shortageLists(year: number): Promise<{ lists: ShortageList[]; years: number[] }> {
  const data = await graphql<{ shortageLists: ShortageList[]; shortageListYears: number[] }>(
    `
      query ShortageLists($year: Int) {
        shortageLists(year: $year) {
          memberState
          year
          occupations {
            code
            label
          }
        }
        shortageListYears
      }
    `,
    { year },
  );
  return { lists: data.shortageLists, years: data.shortageListYears };
}
