import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from 'src/auth/auth.decorators';
import { Role } from 'src/auth/role';
import { ShortageListModel } from 'src/shortages/shortage-list.model';
import { SetShortageOccupationsArgs, ShortageListsArgs, ShortageOccupationsArgs } from 'src/shortages/shortages.args';
import { ShortagesService } from 'src/shortages/shortages.service';
import { IscoGroup } from 'src/taxonomy/taxonomy.model';

@Resolver()
export class ShortagesResolver {
  constructor(private readonly shortages: ShortagesService) {}

  @Public()
  @Query(() => [IscoGroup], { description: 'A shortage list; memberState EU is the EU-wide list' })
  shortageOccupations(@Args() args: ShortageOccupationsArgs): Promise<IscoGroup[]> {
    return this.shortages.list(args.memberState, args.year ?? undefined);
  }

  @Public()
  @Query(() => [ShortageListModel], {
    description: 'Every shortage list of a year that has any occupation: EU-wide first, then Member States',
  })
  shortageLists(@Args() args: ShortageListsArgs): Promise<ShortageListModel[]> {
    return this.shortages.lists(args.year ?? undefined);
  }

  @Public()
  @Query(() => [Int], { description: 'The years that have at least one shortage list, latest first' })
  shortageListYears(): Promise<number[]> {
    return this.shortages.years();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => [IscoGroup], { description: "Replaces a Member State's (or the EU-wide) list for a year" })
  setShortageOccupations(@Args() args: SetShortageOccupationsArgs): Promise<IscoGroup[]> {
    return this.shortages.replace(args.memberState, args.year, args.iscoCodes);
  }
}
