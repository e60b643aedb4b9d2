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

export interface ModerationCase {
  priority: number;
  vacancy: ReviewVacancy;
  screeningFlags: { code: string; message: string }[];
  notices: { id: string; category: string; status: string; createdAt: string; trustedFlagger: boolean }[];
}

const VACANCY = `id title description status memberState city employer { legalName status } occupation { label }`;

export async function moderationQueue(after: string | null): Promise<Page<ModerationCase>> {
  return (
    await graphql<{ moderationQueue: Page<ModerationCase> }>(
      `query ModerationQueue($after: String) {
        moderationQueue(first: 20, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node {
            priority vacancy { ${VACANCY} } screeningFlags { code message }
            notices { id category status createdAt trustedFlagger }
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

export interface Decision {
  approve: boolean;
  reason: string | null;
  ground: string | null;
  facts: string | null;
}

export async function reviewVacancy(id: string, decision: Decision): Promise<{ id: string; status: string }> {
  return (
    await graphql<{ reviewVacancy: { id: string; status: string } }>(
      `
        mutation ReviewVacancy($id: ID!, $approve: Boolean!, $reason: String, $ground: String, $facts: String) {
          reviewVacancy(id: $id, approve: $approve, reason: $reason, ground: $ground, facts: $facts) {
            id
            status
          }
        }
      `,
      { id, ...decision },
    )
  ).reviewVacancy;
}
