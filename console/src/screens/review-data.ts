import { graphql } from '../api/client';
import type { Page } from '../api/queries';

export interface ReviewVacancy {
  id: string;
  title: string;
  description: string;
  status: string;
  memberState: string;
  city: string | null;
  employer: { legalName: string; status: string };
  occupation: { label: string };
}

export interface Notice {
  id: string;
  category: string;
  status: string;
  createdAt: string;
  trustedFlagger: boolean;
  details: string | null;
}

export interface ModerationCase {
  priority: number;
  hidden: boolean;
  distinctNotifiers: number;
  waitingSince: string;
  vacancy: ReviewVacancy;
  screeningFlags: { code: string; message: string }[];
  notices: Notice[];
}

const VACANCY = `id title description status memberState city employer { legalName status } occupation { label }`;

/** The trust-and-safety queue: one case per vacancy in review or with notices waiting, most urgent first. */
export async function moderationQueue(after: string | null): Promise<Page<ModerationCase>> {
  return (
    await graphql<{ moderationQueue: Page<ModerationCase> }>(
      `query ModerationQueue($after: String) {
        moderationQueue(first: 20, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node {
            priority hidden distinctNotifiers waitingSince
            vacancy { ${VACANCY} } screeningFlags { code message }
            notices { id category status createdAt trustedFlagger details }
          } }
        }
      }`,
      { after },
    )
  ).moderationQueue;
}

export async function reviewCount(): Promise<number> {
  return (
    await graphql<{ moderationQueue: { totalCount: number } }>(`
      query ReviewCount {
        moderationQueue(first: 1) {
          totalCount
        }
      }
    `)
  ).moderationQueue.totalCount;
}

export type GroundType = 'TERMS_OF_USE' | 'ILLEGAL_CONTENT';

export interface Decision {
  approve: boolean;
  reason: string | null;
  ground: string | null;
  facts: string | null;
  groundType: GroundType;
}

export async function reviewVacancy(id: string, decision: Decision): Promise<{ id: string; status: string }> {
  return (
    await graphql<{ reviewVacancy: { id: string; status: string } }>(
      `
        mutation ReviewVacancy(
          $id: ID!
          $approve: Boolean!
          $reason: String
          $ground: String
          $facts: String
          $groundType: GroundType
        ) {
          reviewVacancy(
            id: $id
            approve: $approve
            reason: $reason
            ground: $ground
            facts: $facts
            groundType: $groundType
          ) {
            id
            status
          }
        }
      `,
      { id, ...decision },
    )
  ).reviewVacancy;
}

/**
 * Pathways' rules for vacancies (docs/moderation.md), which a removal may cite as its
 * ground; a notice's category or a screening flag points to one of them.
 */
export const RULES: { code: string; covers: string[] }[] = [
  { code: 'V1', covers: ['FEE_REQUEST'] },
  { code: 'V2', covers: ['DOCUMENT_RETENTION'] },
  { code: 'V3', covers: ['FAKE_EMPLOYER'] },
  { code: 'V4', covers: ['TRAFFICKING_OR_SMUGGLING'] },
  { code: 'V5', covers: ['DISCRIMINATION'] },
  { code: 'V6', covers: ['MISLEADING_CONDITIONS', 'PAY_IMPLAUSIBLE'] },
];

/** The rules a case's notices and flags point to, most urgent first as they appear. */
export function suggestedRules(item: Pick<ModerationCase, 'notices' | 'screeningFlags'>): string[] {
  const codes = [...item.notices.map((n) => n.category), ...item.screeningFlags.map((f) => f.code)];
  return RULES.filter((rule) => rule.covers.some((c) => codes.includes(c))).map((rule) => rule.code);
}
