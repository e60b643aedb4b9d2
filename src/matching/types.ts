import type { LanguageLevel, LanguageRequirement } from 'src/partnerships/cefr';

/**
 * An ESCO concept's id (a database id or its URI). Use one type consistently: skills are
 * compared with ===, so 12 and "12" are different skills.
 */
export type ConceptId = string | number;

/** The coded facts of a vacancy that matching uses. */
export interface MatchVacancy {
  occupationId: ConceptId;
  /** ISCO-08 unit group, 4 digits. */
  iscoCode: string;
  essentialSkillIds: ConceptId[];
  optionalSkillIds: ConceptId[];
  languageRequirements: LanguageRequirement[];
  minEqfLevel: number | null;
  minExperienceYears: number | null;
  memberState: string;
  programmeId: string | null;
}

/**
 * The coded facts of a candidate that matching uses. There is deliberately no field for
 * special-category data (GDPR Art. 9), nor for name, age, sex or citizenship: what is not
 * here cannot influence a score.
 */
export interface MatchCandidate {
  desiredOccupations: { id: ConceptId; iscoCode: string }[];
  experience: { occupationId: ConceptId; iscoCode: string; years: number }[];
  skillIds: ConceptId[];
  languages: LanguageLevel[];
  highestEqfLevel: number | null;
  preferredDestinations: string[];
  credentials: { programmeId: string; trainingCompleted: boolean }[];
}

/** Every component is in [0, 1]; see scoring.ts for what each one measures. */
export interface ScoreBreakdown {
  essentialSkills: number;
  optionalSkills: number;
  occupation: number;
  experience: number;
  languages: number;
  qualification: number;
  partnership: number;
}

export interface MatchScore {
  /** Weighted mean of the components, in [0, 1], rounded to 4 decimals. */
  score: number;
  breakdown: ScoreBreakdown;
  /** The vacancy's essential, then optional, skills the candidate has, in vacancy order. */
  matchedSkillIds: ConceptId[];
  /** The vacancy's essential skills the candidate lacks, in vacancy order. */
  missingEssentialSkillIds: ConceptId[];
}
