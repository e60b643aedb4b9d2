import { Module } from '@nestjs/common';
import { ShortagesRepository } from 'src/shortages/shortages.repository';
import { ShortagesResolver } from 'src/shortages/shortages.resolver';
import { ShortagesService } from 'src/shortages/shortages.service';

@Module({
  providers: [ShortagesRepository, ShortagesService, ShortagesResolver],
  exports: [ShortagesService],
})
export class ShortagesModule {}
