/**
 * How matching learns who is eligible for a Talent Partnership programme. The partnerships
 * feature provides it; matching applies it as a hard filter.
 */
export interface ProgrammeEligibility {
  /** Those of `profileIds` eligible for `programmeId` today. */
  eligibleAmong(programmeId: string, profileIds: readonly string[]): Promise<Set<string>>;
  /** Those of `programmeIds` the candidate is eligible for today. */
  programmesFor(profileId: string, programmeIds: readonly string[]): Promise<Set<string>>;
}

export const PROGRAMME_ELIGIBILITY = Symbol('PROGRAMME_ELIGIBILITY');
