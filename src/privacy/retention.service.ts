import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from 'src/audit/audit.service';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { monthsBefore } from 'src/privacy/retention';
import { SearchOutbox } from 'src/search/outbox/search-outbox';

export interface RetentionReport {
  months: number;
  /** Profiles last updated before this were due. */
  cutoff: Date;
  /** Profiles flagged this run (hidden ones included). */
  flagged: number;
  /** Of those, the ones that were visible: consent withdrawn, removed from search. */
  hidden: number;
}

/**
 * Data minimisation: a profile nobody has updated for RETENTION_MONTHS is hidden from
 * employers (its consent withdrawn, with a 'retention' consent event) and flagged, once.
 * Giving consent again clears the flag. Nothing is deleted.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidatesRepository,
    private readonly search: SearchOutbox,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async apply(now: Date = new Date()): Promise<RetentionReport> {
    const months = this.config.privacy.retentionMonths;
    const cutoff = monthsBefore(now, months);
    return this.dataSource.transaction(async (manager) => {
      const flagged = await this.candidates.flagStale(cutoff, now, manager);
      const hidden = flagged.filter((p) => p.wasVisible);
      await this.candidates.appendConsentEvents(
        hidden.map((p) => ({
          profileId: p.id,
          userId: p.userId,
          given: false,
          policyVersion: p.policyVersion,
          source: 'retention' as const,
        })),
        manager,
      );
      await this.search.changed(
        manager,
        'candidate',
        hidden.map((p) => p.id),
      );
      const report = { months, cutoff, flagged: flagged.length, hidden: hidden.length };
      await this.audit.record(null, { action: 'privacy.retention', detail: { ...report } }, manager);
      return report;
    });
  }
}
