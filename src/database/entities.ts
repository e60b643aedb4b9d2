import { ShortageOccupationEntity } from 'src/shortages/shortage-occupation.entity';
import { IscoGroupEntity } from 'src/taxonomy/isco-group.entity';
import { OccupationSkillEntity } from 'src/taxonomy/occupation-skill.entity';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';
import { TaxonomyImportEntity } from 'src/taxonomy/taxonomy-import.entity';

/**
 * Every TypeORM entity of the system of record. The app, the migration commands and the
 * tests all build their data source from this one list.
 */
export const ENTITIES: Function[] = [
  IscoGroupEntity,
  OccupationEntity,
  SkillEntity,
  OccupationSkillEntity,
  TaxonomyImportEntity,
  ShortageOccupationEntity,
];
