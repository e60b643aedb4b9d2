import { Module } from '@nestjs/common';
import { CandidatesModule } from 'src/candidates/candidates.module';
import { EmployersModule } from 'src/employers/employers.module';
import { EligibilityCandidatesRepository } from 'src/partnerships/eligibility-candidates.repository';
import {
  CandidateProfileCredentialsResolver,
  CandidateSummaryCredentialsResolver,
  PartnershipCredentialResolver,
  VacancyProgrammeResolver,
} from 'src/partnerships/partnership-fields.resolver';
import { PartnershipLoaders } from 'src/partnerships/partnership.loaders';
import { PartnershipsResolver } from 'src/partnerships/partnerships.resolver';
import { PartnershipsService } from 'src/partnerships/partnerships.service';
import { ProgrammesRepository } from 'src/partnerships/programmes.repository';
import { PartnershipsPersonalData } from 'src/partnerships/partnerships-personal-data';
import { ProgrammeEligibilityService } from 'src/partnerships/programme-eligibility.service';
import { PROGRAMME_ELIGIBILITY } from 'src/matching/programme-eligibility';

/** Talent Partnership programmes, their administrators, credentials and eligibility. It imports no vacancies. */
@Module({
  imports: [CandidatesModule, EmployersModule],
  providers: [
    ProgrammesRepository,
    EligibilityCandidatesRepository,
    PartnershipsService,
    PartnershipLoaders,
    PartnershipsResolver,
    PartnershipCredentialResolver,
    CandidateProfileCredentialsResolver,
    CandidateSummaryCredentialsResolver,
    VacancyProgrammeResolver,
    ProgrammeEligibilityService,
    PartnershipsPersonalData,
    { provide: PROGRAMME_ELIGIBILITY, useExisting: ProgrammeEligibilityService },
  ],
  exports: [ProgrammesRepository, PartnershipsService, PROGRAMME_ELIGIBILITY],
})
export class PartnershipsModule {}
