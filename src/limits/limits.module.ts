import { Global, Module } from '@nestjs/common';
import { RateLimitsRepository } from 'src/limits/rate-limits.repository';
import { RateLimitsService } from 'src/limits/rate-limits.service';

@Global()
@Module({
  providers: [RateLimitsRepository, RateLimitsService],
  exports: [RateLimitsService],
})
export class LimitsModule {}
