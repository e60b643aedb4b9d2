import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DocumentHandler, OutboxHandler } from 'src/search/outbox/outbox-handler';
import { OutboxWorker } from 'src/search/outbox/outbox.worker';
import { SEARCH_ENGINE, SearchEngine, VacancyDocument } from 'src/search/search-engine';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';

/**
 * Keeps the vacancy index in step: a vacancy is indexed while PUBLISHED by a VERIFIED
 * employer, and removed from the index otherwise.
 */
@Injectable()
export class VacancySearchHandler extends DocumentHandler<VacancyDocument> {
  readonly topic = 'vacancy' as const;

  constructor(
    private readonly vacancies: VacanciesRepository,
    worker: OutboxWorker,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {
    super(worker, {
      documents: (ids) => vacancies.indexable(ids),
      upsert: (documents) => engine.upsertVacancies(documents),
      remove: (ids) => engine.deleteVacancies(ids),
    });
  }

  async rebuild(progress?: (done: number, total: number) => void): Promise<number> {
    const documents = await this.vacancies.indexable(null);
    progress?.(documents.length, documents.length);
    await this.engine.replaceVacancies(documents);
    return documents.length;
  }
}

/** An employer's status change reaches each of its vacancies (suspension hides them all). */
@Injectable()
export class EmployerVacanciesSearchHandler implements OutboxHandler, OnModuleInit {
  readonly topic = 'employer' as const;

  constructor(
    private readonly vacancies: VacanciesRepository,
    private readonly worker: OutboxWorker,
    private readonly documents: VacancySearchHandler,
  ) {}

  onModuleInit(): void {
    this.worker.register(this);
  }

  async apply(employerIds: string[]): Promise<void> {
    await this.documents.apply(await this.vacancies.idsOfEmployers(employerIds));
  }
}
