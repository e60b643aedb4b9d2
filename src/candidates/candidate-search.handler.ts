import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { applyDocuments, OutboxHandler } from 'src/search/outbox/outbox-handler';
import { OutboxWorker } from 'src/search/outbox/outbox.worker';
import { CandidateDocument, SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';

interface Row {
  id: string;
  citizenship: string;
  residence_country: string;
  preferred_destinations: string[];
  highest_eqf_level: number | null;
  years_of_experience: number;
  available_from: string | null;
  skills: number[] | null;
  languages: { language: string; level: string }[] | null;
  desired: { num: number; iscoCode: string }[] | null;
  experience: { num: number; iscoCode: string; years: number }[] | null;
  credentials: { programmeId: string; trainingCompleted: boolean }[] | null;
}

/**
 * Keeps the candidate index in step: a candidate is indexed only while visible (consent
 * given), and only with coded fields — the name, birth date, email and headline stay out.
 */
@Injectable()
export class CandidateSearchHandler implements OutboxHandler, OnModuleInit {
  readonly topic = 'candidate' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly worker: OutboxWorker,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  onModuleInit(): void {
    this.worker.register(this);
  }

  async apply(ids: string[]): Promise<void> {
    await applyDocuments(
      ids,
      await this.documents(ids),
      (documents) => this.engine.upsertCandidates(documents),
      (gone) => this.engine.deleteCandidates(gone),
    );
  }

  async rebuild(): Promise<number> {
    const all: CandidateDocument[] = [];
    for (let page = await this.documents(null, null, 5000); page.length > 0;) {
      all.push(...page);
      page = await this.documents(null, page.at(-1)!.id, 5000);
    }
    await this.engine.replaceCandidates(all);
    return all.length;
  }

  /**
   * Documents of the given profiles that belong in the index, every visible one when `ids` is
   * null, in id order after `after`. `includeHidden` serves a candidate's own matching.
   */
  async documents(
    ids: string[] | null,
    after: string | null = null,
    limit = 100_000,
    includeHidden = false,
  ): Promise<CandidateDocument[]> {
    const params: unknown[] = [limit];
    const where = [includeHidden ? 'true' : 'p.visible'];
    if (ids) where.push(`p.id = ANY($${params.push(ids)}::uuid[])`);
    if (after) where.push(`p.id > $${params.push(after)}::uuid`);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT p.id, p.citizenship, p.residence_country, p.preferred_destinations, p.highest_eqf_level,
              p.years_of_experience, p.available_from::text AS available_from,
              (SELECT array_agg(k.num ORDER BY k.num) FROM candidate_skill s JOIN skill k ON k.id = s.skill_id
                WHERE s.profile_id = p.id) AS skills,
              (SELECT json_agg(json_build_object('language', l.language, 'level', l.level))
                 FROM candidate_language l WHERE l.profile_id = p.id) AS languages,
              (SELECT json_agg(json_build_object('num', o.num, 'iscoCode', o.isco_code))
                 FROM candidate_desired_occupation d JOIN occupation o ON o.id = d.occupation_id
                WHERE d.profile_id = p.id) AS desired,
              (SELECT json_agg(json_build_object('num', o.num, 'iscoCode', o.isco_code, 'years', e.years))
                 FROM candidate_experience e JOIN occupation o ON o.id = e.occupation_id
                WHERE e.profile_id = p.id) AS experience,
              (SELECT json_agg(json_build_object('programmeId', c.programme_id, 'trainingCompleted', c.training_completed))
                 FROM partnership_credential c WHERE c.profile_id = p.id) AS credentials
       FROM candidate_profile p
       WHERE ${where.join(' AND ')}
       ORDER BY p.id
       LIMIT $1`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      citizenship: r.citizenship,
      residenceCountry: r.residence_country,
      destinations: r.preferred_destinations,
      languages: r.languages ?? [],
      highestEqf: r.highest_eqf_level,
      yearsOfExperience: r.years_of_experience,
      skillNums: r.skills ?? [],
      desired: r.desired ?? [],
      experience: r.experience ?? [],
      credentials: r.credentials ?? [],
      availableFrom: r.available_from,
    }));
  }
}
