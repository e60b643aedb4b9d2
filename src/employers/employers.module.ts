import { Module } from '@nestjs/common';
import { ModerationRecordsModule } from 'src/moderation/records/moderation-records.module';
import { EmployersRepository } from 'src/employers/employers.repository';
import { EmployersResolver } from 'src/employers/employers.resolver';
import { EmployersService } from 'src/employers/employers.service';

@Module({
  imports: [ModerationRecordsModule],
  providers: [EmployersRepository, EmployersService, EmployersResolver],
  exports: [EmployersRepository, EmployersService],
})
export class EmployersModule {}
