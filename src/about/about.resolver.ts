import { Query, Resolver } from '@nestjs/graphql';
import { About } from 'src/about/about.model';
import { Public } from 'src/auth/auth.decorators';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const version = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;

@Resolver(() => About)
export class AboutResolver {
  @Public()
  @Query(() => About, { description: 'The service name and version; open to everyone' })
  about(): About {
    return { name: 'Pathways', version };
  }
}
