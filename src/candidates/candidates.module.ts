import { Module } from '@nestjs/common';
import { CandidateLoaders } from 'src/candidates/candidate.loaders';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { CandidateProfileResolver, CandidateSummaryResolver } from 'src/candidates/candidates.resolver';
import { CandidatesService } from 'src/candidates/candidates.service';
import { EmployersModule } from 'src/employers/employers.module';

@Module({
  imports: [EmployersModule],
  providers: [
    CandidatesRepository,
    CandidatesService,
    CandidateLoaders,
    CandidateProfileResolver,
    CandidateSummaryResolver,
  ],
  exports: [CandidatesRepository, CandidatesService, CandidateLoaders],
})
export class CandidatesModule {}
