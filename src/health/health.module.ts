import { Module } from '@nestjs/common';
import { HEALTH_INDICATORS } from 'src/health/health-indicator';
import { HealthController } from 'src/health/health.controller';

@Module({
  controllers: [HealthController],
  providers: [{ provide: HEALTH_INDICATORS, useValue: [] }],
})
export class HealthModule {}
