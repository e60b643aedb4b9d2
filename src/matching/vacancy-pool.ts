import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { IndexReplica } from 'src/matching/index-replica';
import type { LanguageRequirement } from 'src/reference/cefr';
import { VacancyStore, type StoredVacancy } from 'src/matching/vacancy-store';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';

interface VacancyRow {
  id: string;
  occupation_num: number;
  isco_code: string;
  member_state: string;
  programme_id: string | null;
  essential: string;
  optional: string;
  language_requirements: LanguageRequirement[];
  min_eqf_level: number | null;
  min_experience_years: number | null;
}

const COLUMNS = `t.id, t.occupation_num, t.isco_code, t.member_state, t.programme_id,
  array_to_string(t.essential_skill_nums, ',') AS essential, array_to_string(t.optional_skill_nums, ',') AS optional,
  t.language_requirements, t.min_eqf_level, t.min_experience_years`;

function toStored(r: VacancyRow): StoredVacancy {
  return {
    id: r.id,
    occupationNum: r.occupation_num,
    iscoCode: r.isco_code,
    memberState: r.member_state,
    programmeId: r.programme_id,
    essentialSkillNums: r.essential ? r.essential.split(',').map(Number) : [],
    optionalSkillNums: r.optional ? r.optional.split(',').map(Number) : [],
    languageRequirements: r.language_requirements,
    minEqfLevel: r.min_eqf_level,
    minExperienceYears: r.min_experience_years,
  };
}

/**
 * A replica of the PostgreSQL vacancy index (search_vacancy) in this process, for exact
 * top-k matching of vacancies for a candidate (exact-vacancies.ts), kept up to date as
 * IndexReplica says; matching still asks the database whether each vacancy about to be
 * shown is published by a verified employer.
 */
@Injectable()
export class VacancyPool extends IndexReplica<VacancyRow, StoredVacancy, VacancyStore> {
  constructor(
    dataSource: DataSource,
    @Inject(SEARCH_ENGINE) engine: SearchEngine,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(
      dataSource,
      engine,
      config.matching.preloadReplicas,
      {
        table: 'search_vacancy',
        removals: 'search_vacancy_removal',
        columns: COLUMNS,
        width: 10,
        toStored,
        noun: 'vacancies',
      },
      () => new VacancyStore(),
      'VacancyPool',
    );
  }
}
