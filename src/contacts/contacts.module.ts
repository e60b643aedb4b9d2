import { Module } from '@nestjs/common';
import { CandidatesModule } from 'src/candidates/candidates.module';
import { ContactsPersonalData } from 'src/contacts/contacts-personal-data';
import { ContactsRepository } from 'src/contacts/contacts.repository';
import { ContactsResolver } from 'src/contacts/contacts.resolver';
import { ContactsService } from 'src/contacts/contacts.service';
import { EmployersModule } from 'src/employers/employers.module';
import { VacanciesModule } from 'src/vacancies/vacancies.module';

@Module({
  imports: [CandidatesModule, EmployersModule, VacanciesModule],
  providers: [ContactsRepository, ContactsService, ContactsResolver, ContactsPersonalData],
  exports: [ContactsRepository],
})
export class ContactsModule {}
