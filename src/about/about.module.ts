import { Module } from '@nestjs/common';
import { AboutResolver } from 'src/about/about.resolver';

@Module({ providers: [AboutResolver] })
export class AboutModule {}
