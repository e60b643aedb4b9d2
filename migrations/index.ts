// Every migration, oldest first. `npm run db:generate -- Name` appends to this list.
import { Init1764385200000 } from 'migrations/1764385200000-Init';
import { Taxonomy1795921514385 } from 'migrations/1795921514385-Taxonomy';
import { Identity1795921794951 } from 'migrations/1795921794951-Identity';
import { Employers1795921885954 } from 'migrations/1795921885954-Employers';
import { Candidates1795922262682 } from 'migrations/1795922262682-Candidates';
import { Vacancies1795922311706 } from 'migrations/1795922311706-Vacancies';
import { SearchIndexes1795923369172 } from 'migrations/1795923369172-SearchIndexes';
import { Partnerships1795923375606 } from 'migrations/1795923375606-Partnerships';
import { Contacts1795923440000 } from 'migrations/1795923440000-Contacts';
import { OutboxHistory1795924813404 } from 'migrations/1795924813404-OutboxHistory';
import { RateLimits1796039924805 } from 'migrations/1796039924805-RateLimits';
import { RegistrationKeys1796039924806 } from 'migrations/1796039924806-RegistrationKeys';
import { LanguageLabels1796040687937 } from 'migrations/1796040687937-LanguageLabels';
import { TrustAndSafety1796045268826 } from 'migrations/1796045268826-TrustAndSafety';
import { SkillRelations1796047047022 } from 'migrations/1796047047022-SkillRelations';
import { CandidateReplicas1796051423191 } from 'migrations/1796051423191-CandidateReplicas';
import { VacancyReplicas1796060486054 } from 'migrations/1796060486054-VacancyReplicas';

export const MIGRATIONS: Function[] = [
  Init1764385200000,
  Taxonomy1795921514385,
  Identity1795921794951,
  Employers1795921885954,
  Candidates1795922262682,
  Vacancies1795922311706,
  SearchIndexes1795923369172,
  Partnerships1795923375606,
  Contacts1795923440000,
  OutboxHistory1795924813404,
  RateLimits1796039924805,
  RegistrationKeys1796039924806,
  LanguageLabels1796040687937,
  TrustAndSafety1796045268826,
  SkillRelations1796047047022,
  CandidateReplicas1796051423191,
  VacancyReplicas1796060486054,
];
