/**
 * Every TypeORM entity of the system of record. The app, the migration commands and the
 * tests all build their data source from this one list.
 */
import { AuditEntryEntity } from 'src/audit/audit-entry.entity';
import { UserEntity } from 'src/auth/user.entity';
import {
  CandidateDesiredOccupationEntity,
  CandidateExperienceEntity,
  CandidateLanguageEntity,
  CandidateQualificationEntity,
  CandidateSkillEntity,
} from 'src/candidates/candidate-parts.entity';
import { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';
import { ConsentEventEntity } from 'src/candidates/consent-event.entity';
import { ContactRequestEntity } from 'src/contacts/contact-request.entity';
import { EmployerEntity } from 'src/employers/employer.entity';
import { RateLimitCounterEntity } from 'src/limits/rate-limit-counter.entity';
import {
  PartnershipCredentialEntity,
  PartnershipProgrammeEntity,
  ProgrammeAdministratorEntity,
} from 'src/partnerships/programme.entity';
import { OutboxEntity } from 'src/search/outbox/outbox.entity';
import { SearchCandidateEntity, SearchCandidateRemovalEntity } from 'src/search/postgres/search-candidate.entity';
import { SearchVacancyEntity, SearchVacancyRemovalEntity } from 'src/search/postgres/search-vacancy.entity';
import { ShortageOccupationEntity } from 'src/shortages/shortage-occupation.entity';
import { IscoGroupEntity } from 'src/taxonomy/isco-group.entity';
import { OccupationSkillEntity } from 'src/taxonomy/occupation-skill.entity';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { OccupationNeighbourEntity } from 'src/taxonomy/occupation-neighbour.entity';
import { SkillHierarchyEntity, SkillRelationEntity } from 'src/taxonomy/skill-relation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';
import { VacancyEntity, VacancySkillEntity } from 'src/vacancies/vacancy.entity';
import { AppealEntity } from 'src/moderation/records/appeal.entity';
import { ModerationDecisionEntity } from 'src/moderation/records/moderation-decision.entity';
import { NoticeEntity } from 'src/moderation/records/notice.entity';
import { TaxonomyImportEntity } from 'src/taxonomy/taxonomy-import.entity';
import { OccupationLabelEntity, SkillLabelEntity } from 'src/taxonomy/concept-label.entity';

export const ENTITIES: Function[] = [
  UserEntity,
  AuditEntryEntity,
  IscoGroupEntity,
  OccupationEntity,
  SkillEntity,
  OccupationSkillEntity,
  OccupationLabelEntity,
  SkillLabelEntity,
  SkillHierarchyEntity,
  SkillRelationEntity,
  OccupationNeighbourEntity,
  TaxonomyImportEntity,
  ShortageOccupationEntity,
  EmployerEntity,
  CandidateProfileEntity,
  CandidateDesiredOccupationEntity,
  CandidateSkillEntity,
  CandidateLanguageEntity,
  CandidateQualificationEntity,
  CandidateExperienceEntity,
  ConsentEventEntity,
  VacancyEntity,
  VacancySkillEntity,
  ModerationDecisionEntity,
  NoticeEntity,
  AppealEntity,
  OutboxEntity,
  SearchVacancyEntity,
  SearchCandidateEntity,
  SearchCandidateRemovalEntity,
  SearchVacancyRemovalEntity,
  PartnershipProgrammeEntity,
  ProgrammeAdministratorEntity,
  PartnershipCredentialEntity,
  ContactRequestEntity,
  RateLimitCounterEntity,
];
