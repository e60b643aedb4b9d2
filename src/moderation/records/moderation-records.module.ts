import { Module } from '@nestjs/common';
import { AppealsRepository } from 'src/moderation/records/appeals.repository';
import { DecisionsRepository } from 'src/moderation/records/decisions.repository';
import { NoticesRepository } from 'src/moderation/records/notices.repository';

/**
 * The notices, decisions and appeals tables, on their own so that vacancies (screening's
 * automated restriction) and employers (a status change ends a suspension's statement) can
 * record moderation without depending on the moderation feature, which depends on them.
 */
@Module({
  providers: [NoticesRepository, DecisionsRepository, AppealsRepository],
  exports: [NoticesRepository, DecisionsRepository, AppealsRepository],
})
export class ModerationRecordsModule {}
