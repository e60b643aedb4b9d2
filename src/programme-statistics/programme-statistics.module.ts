import { Module } from '@nestjs/common';
import { MatchingModule } from 'src/matching/matching.module';
import { PartnershipsModule } from 'src/partnerships/partnerships.module';
import { ProgrammeStatisticsResolver } from 'src/programme-statistics/programme-statistics.resolver';
import { ProgrammeStatisticsService } from 'src/programme-statistics/programme-statistics.service';

/** Aggregates over a programme's candidates and matches; it sits above partnerships and matching. */
@Module({
  imports: [PartnershipsModule, MatchingModule],
  providers: [ProgrammeStatisticsService, ProgrammeStatisticsResolver],
})
export class ProgrammeStatisticsModule {}
