import { bestLevel, meetsCefr } from 'src/reference/cefr';
import type { MatchCandidate, MatchVacancy } from 'src/matching/types';

/**
 * The rules a candidate must meet to be shown for a vacancy at all (docs/matching.md): a
 * preferred destination list that is empty or names the vacancy's Member State, every
 * language requirement, the minimum EQF level, and eligibility for the vacancy's programme. Eligibility is evaluated elsewhere and passed in; when the vacancy
 * names a programme and no answer is given the candidate is refused, so a caller that
 * forgets to evaluate it shows nobody rather than everybody. Consent is the data layer's
 * filter: candidates who have not consented never reach this function.
 */
export function passesHardFilters(
  vacancy: Pick<MatchVacancy, 'memberState' | 'languageRequirements' | 'minEqfLevel' | 'programmeId'>,
  candidate: Pick<MatchCandidate, 'preferredDestinations' | 'languages' | 'highestEqfLevel'> & {
    eligibleForProgramme?: boolean;
  },
): boolean {
  const destinations = candidate.preferredDestinations;
  if (destinations.length > 0 && !destinations.includes(vacancy.memberState)) return false;
  for (const requirement of vacancy.languageRequirements) {
    const level = bestLevel(candidate.languages, requirement.language);
    if (level === null || !meetsCefr(level, requirement.minLevel)) return false;
  }
  if (vacancy.minEqfLevel !== null) {
    if (candidate.highestEqfLevel === null || candidate.highestEqfLevel < vacancy.minEqfLevel) return false;
  }
  if (vacancy.programmeId !== null && candidate.eligibleForProgramme !== true) return false;
  return true;
}
