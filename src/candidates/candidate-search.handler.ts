import { Inject, Injectable } from '@nestjs/common';
import { CandidateDocumentsRepository } from 'src/candidates/candidate-documents.repository';
import { DocumentHandler } from 'src/search/outbox/outbox-handler';
import { OutboxWorker } from 'src/search/outbox/outbox.worker';
import { CandidateDocument, SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';

/**
 * Keeps the candidate index in step: a candidate is indexed only while visible (consent
 * given), and only with coded fields — the name, birth date, email and headline stay out.
 */
@Injectable()
export class CandidateSearchHandler extends DocumentHandler<CandidateDocument> {
  readonly topic = 'candidate' as const;

  constructor(
    private readonly repository: CandidateDocumentsRepository,
    worker: OutboxWorker,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {
    super(worker, {
      documents: (ids) => repository.indexable(ids),
      upsert: (documents) => engine.upsertCandidates(documents),
      remove: (ids) => engine.deleteCandidates(ids),
    });
  }

  async rebuild(): Promise<number> {
    const all: CandidateDocument[] = [];
    for (let page = await this.repository.indexable(null, null, 5000); page.length > 0;) {
      all.push(...page);
      page = await this.repository.indexable(null, page.at(-1)!.id, 5000);
    }
    await this.engine.replaceCandidates(all);
    return all.length;
  }
}
