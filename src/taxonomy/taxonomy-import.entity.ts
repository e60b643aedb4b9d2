import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One taxonomy load that changed the database: which release, from what, how much. */
@Entity('taxonomy_import')
export class TaxonomyImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The ESCO release, such as v1.1.1, or `demo` for the built-in demo taxonomy. */
  @Column({ name: 'esco_version', type: 'text' })
  escoVersion!: string;

  /** SHA-256 over the source files; an import of the same files changes nothing. */
  @Column({ name: 'source_checksum', type: 'text' })
  sourceChecksum!: string;

  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt!: Date;

  @Column({ name: 'isco_groups', type: 'integer' })
  iscoGroups!: number;

  @Column({ type: 'integer' })
  occupations!: number;

  @Column({ type: 'integer' })
  skills!: number;

  @Column({ type: 'integer' })
  relations!: number;

  /**
   * Labels per language after the import, such as `{ "fr": { "occupations": 3007, "skills": 13379 } }`,
   * with the rows skipped from each language's files (URIs missing from the English set).
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  languages!: Record<string, { occupations: number; skills: number; skipped: number }>;

  /** Narrower-to-broader skill pairs (ESCO's skill hierarchy). */
  @Column({ name: 'skill_hierarchy', type: 'integer', default: 0 })
  skillHierarchy!: number;

  /** Skill-to-skill relations. */
  @Column({ name: 'skill_relations', type: 'integer', default: 0 })
  skillRelations!: number;

  @Column({ name: 'transversal_skills', type: 'integer', default: 0 })
  transversalSkills!: number;

  /** Occupation neighbour pairs derived at import (each pair counted in both directions). */
  @Column({ name: 'occupation_neighbours', type: 'integer', default: 0 })
  occupationNeighbours!: number;

  /** Inserted, updated and deleted rows per table, and skipped source rows. */
  @Column({ type: 'jsonb' })
  changes!: Record<string, unknown>;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;
}
