import { Module } from '@nestjs/common';
import { HEALTH_INDICATORS, HealthIndicator } from 'src/health/health-indicator';
import { HealthController } from 'src/health/health.controller';
import { SEARCH_HEALTH_INDICATORS } from 'src/search/search.module';

@Module({
  controllers: [HealthController],
  providers: [
    {
      provide: HEALTH_INDICATORS,
      inject: [SEARCH_HEALTH_INDICATORS],
      useFactory: (search: HealthIndicator[]): HealthIndicator[] => [...search],
    },
  ],
})
export class HealthModule {}
