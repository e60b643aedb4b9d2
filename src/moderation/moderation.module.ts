import { Module } from '@nestjs/common';
import { EmployersModule } from 'src/employers/employers.module';
import { AppealsService } from 'src/moderation/appeals.service';
import {
  EmployerModerationResolver,
  SafetyAndTransparencyResolver,
  VacancyModerationResolver,
} from 'src/moderation/moderation-fields.resolver';
import { ModerationLoaders } from 'src/moderation/moderation.loaders';
import { ModerationPersonalData } from 'src/moderation/moderation-personal-data';
import { ModerationQueueRepository } from 'src/moderation/moderation-queue.repository';
import { ModerationQueueService } from 'src/moderation/moderation-queue.service';
import { AppealResolver, ModerationResolver } from 'src/moderation/moderation.resolver';
import { ModerationService } from 'src/moderation/moderation.service';
import { NoticesResolver } from 'src/moderation/notices.resolver';
import { NoticesService } from 'src/moderation/notices.service';
import { ModerationRecordsModule } from 'src/moderation/records/moderation-records.module';
import { RepeatOffenders } from 'src/moderation/repeat-offenders';
import { TransparencyRepository } from 'src/moderation/transparency/transparency.repository';
import { TransparencyService } from 'src/moderation/transparency/transparency.service';
import { VacanciesModule } from 'src/vacancies/vacancies.module';

/** Trust and safety the way the Digital Services Act expects it (docs/moderation.md). */
@Module({
  imports: [ModerationRecordsModule, VacanciesModule, EmployersModule],
  providers: [
    NoticesService,
    ModerationService,
    ModerationQueueRepository,
    ModerationQueueService,
    AppealsService,
    RepeatOffenders,
    TransparencyRepository,
    TransparencyService,
    ModerationLoaders,
    ModerationPersonalData,
    NoticesResolver,
    ModerationResolver,
    AppealResolver,
    VacancyModerationResolver,
    EmployerModerationResolver,
    SafetyAndTransparencyResolver,
  ],
  exports: [TransparencyService],
})
export class ModerationModule {}
