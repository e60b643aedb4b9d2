import { Module } from '@nestjs/common';
import { CandidatesModule } from 'src/candidates/candidates.module';
import { EmployersModule } from 'src/employers/employers.module';
import { MatchingRepository } from 'src/matching/matching.repository';
import { MatchingResolver } from 'src/matching/matching.resolver';
import { MatchingService } from 'src/matching/matching.service';
import { PartnershipsModule } from 'src/partnerships/partnerships.module';
import { VacanciesModule } from 'src/vacancies/vacancies.module';

@Module({
  imports: [CandidatesModule, EmployersModule, VacanciesModule, PartnershipsModule],
  providers: [MatchingRepository, MatchingService, MatchingResolver],
  exports: [MatchingService],
})
export class MatchingModule {}
