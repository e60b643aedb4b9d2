/**
 * How matching learns about Talent Partnership programmes. The partnerships feature
 * provides it; matching applies eligibility as a hard filter.
 */
export interface ProgrammeEligibility {
  /** Those of `profileIds` eligible for `programmeId` today. */
  eligibleAmong(programmeId: string, profileIds: readonly string[]): Promise<Set<string>>;
  /** Those of `programmeIds` the candidate is eligible for today. */
  programmesFor(profileId: string, programmeIds: readonly string[]): Promise<Set<string>>;
  /** Whether the programme exists, and whether the account is one of its administrators. */
  access(programmeId: string, userId: string): Promise<{ exists: boolean; administers: boolean }>;
}

export const PROGRAMME_ELIGIBILITY = Symbol('PROGRAMME_ELIGIBILITY');
