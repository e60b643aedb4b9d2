import type { ScoreComponent } from 'src/config/match-weights';
import type { SkillMatchNums } from 'src/matching/skill-evidence';
import type { LanguageLevel, LanguageRequirement } from 'src/reference/cefr';

/**
 * Matching compares ESCO concepts by their compact integer keys (`occupation.num`,
 * `skill.num`), the same keys the search indexes hold; the UUIDs of the API appear only
 * when a result is explained.
 */
export type ConceptNum = number;

/** The coded facts of a vacancy that matching uses. */
export interface MatchVacancy {
  occupationNum: ConceptNum;
  /** ISCO-08 unit group, 4 digits. */
  iscoCode: string;
  essentialSkillNums: ConceptNum[];
  optionalSkillNums: ConceptNum[];
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
  desiredOccupations: { num: ConceptNum; iscoCode: string }[];
  experience: { num: ConceptNum; iscoCode: string; years: number }[];
  skillNums: ConceptNum[];
  languages: LanguageLevel[];
  highestEqfLevel: number | null;
  preferredDestinations: string[];
  credentials: { programmeId: string; trainingCompleted: boolean }[];
}

/**
 * Every component is in [0, 1]; see scoring.ts for what each one measures. Besides one value
 * per weight, `skillFocus` (the share of the candidate's skills the vacancy uses) and
 * `skills` (the skill part the two skill weights apply to) explain how the skill
 * components combine (skill-evidence.ts).
 */
export type ScoreBreakdown = Record<ScoreComponent, number> & { skillFocus: number; skills: number };

export interface MatchScore {
  /** Weighted mean of the components, in [0, 1], rounded to 4 decimals. */
  score: number;
  breakdown: ScoreBreakdown;
  /** The vacancy's essential, then optional, skills the candidate has exactly, in vacancy order. */
  matchedSkillNums: ConceptNum[];
  /** The vacancy's essential skills the candidate lacks, in vacancy order. */
  missingEssentialSkillNums: ConceptNum[];
  /** Every required skill that earned credit, with the held skill behind it and how; vacancy order. */
  skillMatches: SkillMatchNums[];
}
