import type { MatchCandidate, MatchVacancy } from 'src/matching/types';
import type { CandidateDocument, VacancyDocument } from 'src/search/search-engine';

/** What the scorer sees of an indexed candidate: the coded facts, under matching's names. */
export function toMatchCandidate(d: CandidateDocument): MatchCandidate {
  return {
    desiredOccupations: d.desired,
    experience: d.experience,
    skillNums: d.skillNums,
    languages: d.languages,
    highestEqfLevel: d.highestEqf,
    preferredDestinations: d.destinations,
    credentials: d.credentials,
  };
}

/** What the scorer sees of a vacancy, indexed or not yet published. */
export function toMatchVacancy(d: Omit<VacancyDocument, 'publishedAt'>): MatchVacancy {
  return {
    occupationNum: d.occupationNum,
    iscoCode: d.iscoCode,
    essentialSkillNums: d.essentialSkillNums,
    optionalSkillNums: d.optionalSkillNums,
    languageRequirements: d.languageRequirements,
    minEqfLevel: d.minEqfLevel,
    minExperienceYears: d.minExperienceYears,
    memberState: d.memberState,
    programmeId: d.programmeId,
  };
}
