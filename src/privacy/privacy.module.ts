import { Module } from '@nestjs/common';
import { CandidatesModule } from 'src/candidates/candidates.module';
import { EmployersModule } from 'src/employers/employers.module';
import { CorePersonalData } from 'src/privacy/core-personal-data';
import { PrivacyResolver } from 'src/privacy/privacy.resolver';
import { PrivacyService } from 'src/privacy/privacy.service';
import { RetentionService } from 'src/privacy/retention.service';
import { VacanciesModule } from 'src/vacancies/vacancies.module';

@Module({
  imports: [CandidatesModule, EmployersModule, VacanciesModule],
  providers: [CorePersonalData, PrivacyService, PrivacyResolver, RetentionService],
  exports: [PrivacyService, RetentionService],
})
export class PrivacyModule {}
