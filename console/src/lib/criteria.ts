import type { Criteria } from '../api/queries';
import { texts } from '../texts';
import { countryName, languageName, orList } from './names';

/** What a criterion of the programme asks, in words, from its code (as the API names checks) and the criteria. */
export function criterionLabel(code: string, criteria: Criteria): string {
  const t = texts.criteria;
  if (code.startsWith('language:')) {
    const language = code.slice('language:'.length);
    const level = criteria.languages.find((l) => l.language === language)?.minLevel ?? '';
    return t.language(languageName(language), level);
  }
  switch (code) {
    case 'citizenship':
      return t.citizenship(orList(criteria.citizenships.map(countryName)));
    case 'residence':
      return t.residence(orList(criteria.residenceCountries.map(countryName)));
    case 'minAge':
      return t.minAge(criteria.minAge ?? 0);
    case 'maxAge':
      return t.maxAge(criteria.maxAge ?? 0);
    case 'minEqfLevel':
      return t.minEqfLevel(criteria.minEqfLevel ?? 0);
    case 'occupation':
      return t.occupation(criteria.iscoCodes.join(', '));
    case 'experience':
      return t.experience(criteria.minExperienceYears ?? 0);
    case 'training':
      return t.training;
    default:
      return code;
  }
}
