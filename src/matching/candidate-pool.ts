import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CandidateStore, type StoredCandidate } from 'src/matching/candidate-store';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { IndexReplica } from 'src/matching/index-replica';
import { SEARCH_ENGINE, SearchEngine } from 'src/search/search-engine';
import type { CandidateIndexProfile } from 'src/search/postgres/search-candidate.entity';

interface CandidateRow {
  id: string;
  dest: string;
  highest_eqf: number | null;
  skills: string;
  profile: CandidateIndexProfile;
}

const COLUMNS = `t.id, array_to_string(t.destinations, ',') AS dest, t.highest_eqf,
  array_to_string(t.skill_nums, ',') AS skills, t.profile`;

function toStored(r: CandidateRow): StoredCandidate {
  return {
    id: r.id,
    preferredDestinations: r.dest ? r.dest.split(',') : [],
    highestEqfLevel: r.highest_eqf,
    skillNums: r.skills ? r.skills.split(',').map(Number) : [],
    desiredOccupations: r.profile.desired.map((d) => ({ num: d.o, iscoCode: d.i })),
    experience: r.profile.experience.map((e) => ({ num: e.o, iscoCode: e.i, years: e.y })),
    languages: r.profile.languages.map((l) => ({ language: l.l, level: l.v })),
    credentials: r.profile.credentials.map((c) => ({ programmeId: c.p, trainingCompleted: c.c })),
  };
}

/**
 * A replica of the PostgreSQL candidate index (search_candidate) in this process, for exact
 * top-k matching (exact-top.ts), kept up to date as IndexReplica says; matching still asks
 * the database about consent and programme eligibility for whoever it is about to show.
 */
@Injectable()
export class CandidatePool extends IndexReplica<CandidateRow, StoredCandidate, CandidateStore> {
  constructor(
    dataSource: DataSource,
    @Inject(SEARCH_ENGINE) engine: SearchEngine,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(
      dataSource,
      engine,
      config.matching.preloadReplicas,
      {
        table: 'search_candidate',
        removals: 'search_candidate_removal',
        columns: COLUMNS,
        width: 5,
        toStored,
        noun: 'candidates',
      },
      () => new CandidateStore(),
      'CandidatePool',
    );
  }
}
