import { Module } from '@nestjs/common';
import { CandidatesModule } from 'src/candidates/candidates.module';
import { EmployersModule } from 'src/employers/employers.module';
import { CandidatePool } from 'src/matching/candidate-pool';
import { MatchExplainer } from 'src/matching/match-explainer';
import { MatchRanker } from 'src/matching/match-ranker';
import { MatchingResolver } from 'src/matching/matching.resolver';
import { MatchingService } from 'src/matching/matching.service';
import { SkillGraphProvider } from 'src/matching/skill-graph.provider';
import { VacancyPool } from 'src/matching/vacancy-pool';
import { PartnershipsModule } from 'src/partnerships/partnerships.module';
import { TaxonomyModule } from 'src/taxonomy/taxonomy.module';
import { VacanciesModule } from 'src/vacancies/vacancies.module';

/** Matches in both directions and for programmes; PartnershipsModule provides the eligibility port. */
@Module({
  imports: [CandidatesModule, EmployersModule, VacanciesModule, TaxonomyModule, PartnershipsModule],
  providers: [
    SkillGraphProvider,
    CandidatePool,
    VacancyPool,
    MatchRanker,
    MatchExplainer,
    MatchingService,
    MatchingResolver,
  ],
  exports: [MatchingService, MatchRanker, CandidatePool, VacancyPool],
})
export class MatchingModule {}
