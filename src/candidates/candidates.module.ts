import { Module } from '@nestjs/common';
import { CandidateDocumentsRepository } from 'src/candidates/candidate-documents.repository';
import { CandidateSearchHandler } from 'src/candidates/candidate-search.handler';
import { CandidateLoaders } from 'src/candidates/candidate.loaders';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { CandidateProfileResolver, CandidateSummaryResolver } from 'src/candidates/candidates.resolver';
import { CandidatesService } from 'src/candidates/candidates.service';
import { EmployersModule } from 'src/employers/employers.module';

@Module({
  imports: [EmployersModule],
  providers: [
    CandidatesRepository,
    CandidateDocumentsRepository,
    CandidatesService,
    CandidateLoaders,
    CandidateProfileResolver,
    CandidateSummaryResolver,
    CandidateSearchHandler,
  ],
  exports: [CandidatesRepository, CandidateDocumentsRepository, CandidatesService, CandidateLoaders],
})
export class CandidatesModule {}
