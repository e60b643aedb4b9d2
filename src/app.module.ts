import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { AboutModule } from 'src/about/about.module';
import { AuditModule } from 'src/audit/audit.module';
import { AuthModule } from 'src/auth/auth.module';
import { CandidatesModule } from 'src/candidates/candidates.module';
import { ContactsModule } from 'src/contacts/contacts.module';
import { EmployersModule } from 'src/employers/employers.module';
import { InputValidationPipe } from 'src/common/input-validation.pipe';
import { AppConfig } from 'src/config/config';
import { ConfigModule } from 'src/config/config.module';
import { DatabaseModule } from 'src/database/database.module';
import { ApiGraphQLModule } from 'src/graphql/graphql.module';
import { HealthModule } from 'src/health/health.module';
import { LimitsModule } from 'src/limits/limits.module';
import { MatchingModule } from 'src/matching/matching.module';
import { ModerationModule } from 'src/moderation/moderation.module';
import { ObservabilityModule } from 'src/observability/observability.module';
import { PartnershipsModule } from 'src/partnerships/partnerships.module';
import { PersonalDataModule } from 'src/privacy/personal-data';
import { PrivacyModule } from 'src/privacy/privacy.module';
import { ProgrammeStatisticsModule } from 'src/programme-statistics/programme-statistics.module';
import { SeedModule } from 'src/seed/seed.module';
import { SearchModule } from 'src/search/search.module';
import { ShortagesModule } from 'src/shortages/shortages.module';
import { TaxonomyModule } from 'src/taxonomy/taxonomy.module';
import { VacanciesModule } from 'src/vacancies/vacancies.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot(config),
        DatabaseModule,
        LimitsModule,
        ApiGraphQLModule,
        AuditModule,
        AuthModule,
        SearchModule,
        TaxonomyModule,
        ShortagesModule,
        EmployersModule,
        CandidatesModule,
        PartnershipsModule,
        VacanciesModule,
        MatchingModule,
        ProgrammeStatisticsModule,
        PersonalDataModule,
        ContactsModule,
        ModerationModule,
        PrivacyModule,
        SeedModule,
        HealthModule,
        AboutModule,
      ],
      providers: [{ provide: APP_PIPE, useClass: InputValidationPipe }],
    };
  }
}
