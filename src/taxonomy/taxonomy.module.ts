import { Module } from '@nestjs/common';
import { TaxonomyImportRepository } from 'src/taxonomy/import/taxonomy-import.repository';
import { TaxonomyImportService } from 'src/taxonomy/import/taxonomy-import.service';
import { LanguageLabelsRepository } from 'src/taxonomy/import/language-labels.repository';
import { LanguageLabelsStep } from 'src/taxonomy/import/language-labels.step';
import { SkillRelationsImporter } from 'src/taxonomy/import/skill-relations.importer';
import { SkillRelationsImportRepository } from 'src/taxonomy/import/skill-relations-import.repository';
import { OccupationsResolver } from 'src/taxonomy/occupations.resolver';
import { SkillsResolver } from 'src/taxonomy/skills.resolver';
import { TaxonomyLoaderFactory } from 'src/taxonomy/taxonomy.loaders';
import { TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';
import { TaxonomyService } from 'src/taxonomy/taxonomy.service';

@Module({
  providers: [
    TaxonomyRepository,
    TaxonomyService,
    TaxonomyLoaderFactory,
    TaxonomyImportRepository,
    TaxonomyImportService,
    LanguageLabelsRepository,
    LanguageLabelsStep,
    SkillRelationsImportRepository,
    SkillRelationsImporter,
    OccupationsResolver,
    SkillsResolver,
  ],
  exports: [TaxonomyService, TaxonomyRepository, TaxonomyImportService, TaxonomyLoaderFactory],
})
export class TaxonomyModule {}
