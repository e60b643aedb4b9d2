import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { applyDocuments, OutboxHandler } from 'src/search/outbox/outbox-handler';
import { OutboxWorker } from 'src/search/outbox/outbox.worker';
import { SEARCH_ENGINE, SearchEngine, VacancyDocument } from 'src/search/search-engine';

interface Row {
  id: string;
  employer_id: string;
  title: string;
  description: string;
  occupation_id: string;
  occupation_num: number;
  isco_code: string;
  member_state: string;
  programme_id: string | null;
  published_at: Date;
  language_requirements: { language: string; minLevel: string }[];
  min_eqf_level: number | null;
  min_experience_years: number | null;
  essential: number[] | null;
  optional: number[] | null;
}

/**
 * Keeps the vacancy index in step: a vacancy is indexed while PUBLISHED by a VERIFIED
 * employer, and removed from the index otherwise.
 */
@Injectable()
export class VacancySearchHandler implements OutboxHandler, OnModuleInit {
  readonly topic = 'vacancy' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly worker: OutboxWorker,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  onModuleInit(): void {
    this.worker.register(this);
  }

  async apply(ids: string[]): Promise<void> {
    await applyDocuments(
      ids,
      await this.documents(ids),
      (documents) => this.engine.upsertVacancies(documents),
      (gone) => this.engine.deleteVacancies(gone),
    );
  }

  async rebuild(progress?: (done: number, total: number) => void): Promise<number> {
    const documents = await this.documents(null);
    progress?.(documents.length, documents.length);
    await this.engine.replaceVacancies(documents);
    return documents.length;
  }

  /** Documents of the given vacancies that belong in the index; every one when `ids` is null. */
  async documents(ids: string[] | null): Promise<VacancyDocument[]> {
    const rows = await this.dataSource.query<Row[]>(
      `SELECT v.id, v.employer_id, v.title, v.description, v.occupation_id, o.num AS occupation_num, o.isco_code,
              v.member_state, v.programme_id, v.published_at, v.language_requirements, v.min_eqf_level,
              v.min_experience_years,
              array_agg(k.num ORDER BY k.num) FILTER (WHERE s.essential) AS essential,
              array_agg(k.num ORDER BY k.num) FILTER (WHERE NOT s.essential) AS optional
       FROM vacancy v
       JOIN employer e ON e.id = v.employer_id
       JOIN occupation o ON o.id = v.occupation_id
       LEFT JOIN vacancy_skill s ON s.vacancy_id = v.id
       LEFT JOIN skill k ON k.id = s.skill_id
       WHERE v.status = 'PUBLISHED' AND e.status = 'VERIFIED' ${ids ? 'AND v.id = ANY($1::uuid[])' : ''}
       GROUP BY v.id, o.num, o.isco_code`,
      ids ? [ids] : [],
    );
    return rows.map((r) => ({
      id: r.id,
      employerId: r.employer_id,
      title: r.title,
      description: r.description,
      occupationId: r.occupation_id,
      occupationNum: r.occupation_num,
      iscoCode: r.isco_code,
      memberState: r.member_state,
      programmeId: r.programme_id,
      publishedAt: r.published_at,
      essentialSkillNums: r.essential ?? [],
      optionalSkillNums: r.optional ?? [],
      languageRequirements: r.language_requirements,
      minEqfLevel: r.min_eqf_level,
      minExperienceYears: r.min_experience_years,
    }));
  }
}

/** An employer's status change reaches each of its vacancies (suspension hides them all). */
@Injectable()
export class EmployerVacanciesSearchHandler implements OutboxHandler, OnModuleInit {
  readonly topic = 'employer' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly worker: OutboxWorker,
    private readonly vacancies: VacancySearchHandler,
  ) {}

  onModuleInit(): void {
    this.worker.register(this);
  }

  async apply(employerIds: string[]): Promise<void> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM vacancy WHERE employer_id = ANY($1::uuid[])`,
      [employerIds],
    );
    await this.vacancies.apply(rows.map((r) => r.id));
  }
}
