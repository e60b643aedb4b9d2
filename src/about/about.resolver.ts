import { Query, Resolver } from '@nestjs/graphql';
import { About } from 'src/about/about.model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const version = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;

@Resolver(() => About)
export class AboutResolver {
  @Query(() => About, { description: 'The service name and version; open to everyone' })
  about(): About {
    return { name: 'Pathways', version };
  }
}
