import { Module } from '@nestjs/common';
import { EmployersModule } from 'src/employers/employers.module';
import { ModerationRecordsModule } from 'src/moderation/records/moderation-records.module';
import { PartnershipsModule } from 'src/partnerships/partnerships.module';
import { ShortagesModule } from 'src/shortages/shortages.module';
import { TaxonomyModule } from 'src/taxonomy/taxonomy.module';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';
import { VacanciesResolver } from 'src/vacancies/vacancies.resolver';
import { VacanciesService } from 'src/vacancies/vacancies.service';
import { VacancyLoaderFactory } from 'src/vacancies/vacancy.loaders';
import { VacancyContent } from 'src/vacancies/vacancy-content';
import { EmployerVacanciesSearchHandler, VacancySearchHandler } from 'src/vacancies/vacancy-search.handler';

@Module({
  imports: [EmployersModule, TaxonomyModule, ShortagesModule, PartnershipsModule, ModerationRecordsModule],
  providers: [
    VacanciesRepository,
    VacanciesService,
    VacancyContent,
    VacancyLoaderFactory,
    VacanciesResolver,
    VacancySearchHandler,
    EmployerVacanciesSearchHandler,
  ],
  exports: [VacanciesRepository, VacanciesService, VacancyLoaderFactory],
})
export class VacanciesModule {}
