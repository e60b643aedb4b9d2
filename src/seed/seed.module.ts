import { Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { runSeed } from 'src/seed/seed';
import { ShortagesModule } from 'src/shortages/shortages.module';
import { TaxonomyModule } from 'src/taxonomy/taxonomy.module';
import { TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';

/**
 * A fresh `npm start` should be useful: when the taxonomy is empty (outside tests) the
 * seed steps run once at boot, and say so in the log. In production only when asked for
 * (SEED_DEMO_ON_EMPTY=true), and even then without an account.
 */
@Injectable()
export class SeedOnEmptyDatabase implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly taxonomy: TaxonomyRepository,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.nodeEnv === 'test' || !this.config.seed.demoOnEmpty || !(await this.taxonomy.isEmpty())) return;
    new Logger('Seed').log('The taxonomy is empty: loading the demo taxonomy and shortage lists (npm run seed)');
    await runSeed(this.moduleRef);
  }
}

@Module({ imports: [TaxonomyModule, ShortagesModule], providers: [SeedOnEmptyDatabase] })
export class SeedModule {}
