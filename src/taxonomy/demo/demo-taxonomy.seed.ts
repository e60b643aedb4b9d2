import { SeedStep } from 'src/seed/seed-step';
import { demoChecksum, demoTaxonomy, DEMO_VERSION } from 'src/taxonomy/demo/demo-taxonomy';
import { TaxonomyImportService } from 'src/taxonomy/import/taxonomy-import.service';

/** Loads the demo taxonomy unless a real ESCO import is already in place. */
export const demoTaxonomyStep: SeedStep = {
  name: 'demo taxonomy',
  async run(context) {
    const importer = context.get(TaxonomyImportService, { strict: false });
    const latest = await importer.latestImport();
    if (latest && latest.escoVersion !== DEMO_VERSION) {
      return `kept ESCO ${latest.escoVersion} (imported ${latest.importedAt.toISOString()}); demo not loaded`;
    }
    const report = await importer.importData(demoTaxonomy(), {
      version: DEMO_VERSION,
      checksum: demoChecksum(),
      source: 'built-in demo taxonomy',
    });
    const c = report.counts;
    return report.changed
      ? `loaded ${c.occupations} occupations, ${c.skills} skills, ${c.relations} relations, ${c.iscoGroups} ISCO groups`
      : 'already loaded';
  },
};
