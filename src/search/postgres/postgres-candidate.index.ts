import { DataSource, EntityManager } from 'typeorm';
import { candidateLanguageCodes } from 'src/search/language-codes';
import { CandidateDocument, CandidateIndex, CandidateRetrieval } from 'src/search/search-engine';
import { CandidateIndexProfile } from 'src/search/postgres/search-candidate.entity';
import { SqlParams } from 'src/search/postgres/sql-params';

/** The writing transaction's id, which in-memory replicas of the index follow (CandidatePool). */
const CURRENT_XID = 'pg_current_xact_id()::text::bigint';

interface Row {
  id: string;
  citizenship: string;
  residence_country: string;
  destinations: string[];
  highest_eqf: number | null;
  years_of_experience: number;
  skill_nums: number[];
  profile: CandidateIndexProfile;
  available_from: string | null;
}

function toDocument(r: Row): CandidateDocument {
  return {
    id: r.id,
    citizenship: r.citizenship,
    residenceCountry: r.residence_country,
    destinations: r.destinations,
    languages: r.profile.languages.map((l) => ({ language: l.l, level: l.v })),
    highestEqf: r.highest_eqf,
    yearsOfExperience: r.years_of_experience,
    skillNums: r.skill_nums,
    desired: r.profile.desired.map((d) => ({ num: d.o, iscoCode: d.i })),
    experience: r.profile.experience.map((e) => ({ num: e.o, iscoCode: e.i, years: e.y })),
    credentials: r.profile.credentials.map((c) => ({ programmeId: c.p, trainingCompleted: c.c })),
    availableFrom: r.available_from,
  };
}

/** The hard filters: a destination the candidate accepts, every required language, the minimum EQF level. */
function hardFilters(q: CandidateRetrieval, params: SqlParams): string {
  const memberState = params.add(q.memberState);
  const languages = params.add(q.requiredLanguageCodes);
  const minEqf = params.add(q.minEqf);
  // Containment of an empty array would make the planner walk the whole language index.
  const speaks =
    q.requiredLanguageCodes.length > 0 ? `language_codes @> ${languages}::int[]` : `${languages}::int[] IS NOT NULL`;
  return `(cardinality(destinations) = 0 OR ${memberState}::char(2) = ANY(destinations))
     AND ${speaks} AND (${minEqf}::int IS NULL OR highest_eqf >= ${minEqf}::int)`;
}

/** How many of the vacancy's occupation neighbours, and of the skills related to its own, the pool looks up. */
const NEAR_LOOKUPS = 5;
const RELATED_LOOKUPS = 20;

/**
 * Distinct and ascending: intarray's operators sort their arguments on every row they test,
 * which costs next to nothing for an array already in order.
 */
function sorted(nums: Iterable<number>): number[] {
  return [...new Set(nums)].sort((a, b) => a - b);
}

/**
 * Who is worth scoring at all: a skill of the vacancy or a related one, or an occupation of
 * its unit group, the vacancy's own or one alike it.
 */
function overlapOf(q: CandidateRetrieval, params: SqlParams): string {
  const skills = params.add(sorted([...q.essentialSkillNums, ...q.optionalSkillNums, ...q.relatedSkillNums]));
  const unit = params.add(q.iscoUnit);
  const occupations = params.add(sorted([q.occupationNum, ...q.nearOccupationNums]));
  return `(skill_nums && ${skills}::int[] OR isco_units @> ARRAY[${unit}::int] OR occupation_nums && ${occupations}::int[])`;
}

/**
 * The candidate index on PostgreSQL. Retrieval filters with GIN-indexed integer arrays
 * (intarray) and keeps the best `limit` candidates by the skill and occupation part of the
 * score; the full scorer then re-ranks that bounded set.
 */
export class PostgresCandidateIndex implements CandidateIndex {
  constructor(private readonly dataSource: DataSource) {}

  async upsertCandidates(documents: CandidateDocument[]): Promise<void> {
    if (documents.length > 0) await this.upsert(this.dataSource.manager, documents);
  }

  async deleteCandidates(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO search_candidate_removal (id, removed_xid)
         SELECT id, ${CURRENT_XID} FROM search_candidate WHERE id = ANY($1::uuid[])
         ON CONFLICT (id) DO UPDATE SET removed_xid = EXCLUDED.removed_xid, removed_at = now()`,
        [ids],
      );
      await manager.query(`DELETE FROM search_candidate WHERE id = ANY($1::uuid[])`, [ids]);
    });
  }

  async replaceCandidates(documents: CandidateDocument[]): Promise<void> {
    // Upserts: the outbox worker may write a document while the rebuild runs; the replay after it
    // settles which state wins.
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO search_candidate_removal (id, removed_xid) SELECT id, ${CURRENT_XID} FROM search_candidate
         ON CONFLICT (id) DO UPDATE SET removed_xid = EXCLUDED.removed_xid, removed_at = now()`,
      );
      await manager.query(`DELETE FROM search_candidate`);
      for (let i = 0; i < documents.length; i += 2000) await this.upsert(manager, documents.slice(i, i + 2000));
    });
  }

  /**
   * Retrieval that does not grow with the population: a pool drawn from a few bounded
   * GIN lookups — the same occupation, the same ISCO unit group, occupations alike it, the
   * vacancy's most distinctive essential skills, anyone sharing an essential skill, anyone
   * holding a related skill; each lookup implies the overlap rule — is ordered by the most
   * the skill and occupation parts of the score can be (poolOrder), and the best `limit` are
   * handed to the full scorer.
   */
  async retrieveCandidates(q: CandidateRetrieval): Promise<{ documents: CandidateDocument[]; total: number }> {
    const limit = Math.trunc(q.limit);
    const order = q.poolOrder;
    const pool = new SqlParams();
    const hard = hardFilters(q, pool);
    const unit = pool.add(q.iscoUnit);
    const occupation = pool.add(q.occupationNum);
    const gainNums = pool.add(sorted(order.skillGains.keys()));
    const gains = pool.add(JSON.stringify(Object.fromEntries(order.skillGains)));
    const creditNums = pool.add(sorted(order.occupationCredits.keys()));
    const credits = pool.add(JSON.stringify(Object.fromEntries(order.occupationCredits)));
    // Lookups of an empty array are left out: they find nobody, and may cost a whole index scan.
    const any = (column: string, nums: number[], size: number) =>
      nums.length > 0 ? [`${column} && ${pool.add(sorted(nums))}::int[] LIMIT ${size}`] : [];
    // A lookup of many keys costs one index probe each: the related skills and neighbours
    // that can add the most (poolOrder) stand for the rest; the order below ranks them all.
    const best = (nums: number[], worth: ReadonlyMap<number, number>, count: number) =>
      [...nums].sort((a, b) => (worth.get(b) ?? 0) - (worth.get(a) ?? 0) || a - b).slice(0, count);
    const slices = [
      `occupation_nums @> ARRAY[${occupation}::int] LIMIT ${limit}`,
      `isco_units @> ARRAY[${unit}::int] LIMIT ${limit}`,
      ...any('occupation_nums', best(q.nearOccupationNums, order.occupationCredits, NEAR_LOOKUPS), limit),
      ...any('skill_nums', q.distinctiveSkillNums, 2 * limit),
      ...any('skill_nums', q.essentialSkillNums, limit),
      ...any('skill_nums', best(q.relatedSkillNums, order.skillGains, RELATED_LOOKUPS), limit),
    ];
    const ranking = this.dataSource.query<Row[]>(
      `WITH pool AS (
         ${slices.map((slice) => `(SELECT id FROM search_candidate WHERE ${hard} AND ${slice})`).join('\n         UNION\n         ')}
       )
       SELECT c.id, c.citizenship, c.residence_country, c.destinations, c.highest_eqf, c.years_of_experience,
              c.skill_nums, c.profile, c.available_from
       FROM pool JOIN search_candidate c USING (id)
       ORDER BY ${order.skills} * sqrt(least(1, coalesce((SELECT sum((${gains}::jsonb ->> s::text)::float8)
                  FROM unnest(c.skill_nums & ${gainNums}::int[]) s), 0)))
              + ${order.occupation} * greatest(
                  coalesce((SELECT max((${credits}::jsonb ->> o::text)::float8)
                            FROM unnest(c.occupation_nums & ${creditNums}::int[]) o), 0),
                  CASE WHEN c.isco_units @> ARRAY[${unit}::int] THEN ${order.sameUnitGroup} ELSE 0 END) DESC,
                c.id
       LIMIT ${limit}`,
      pool.values,
    );
    // Counting runs beside the ranking, on another connection.
    const count = new SqlParams();
    const counted = `${hardFilters(q, count)} AND ${overlapOf(q, count)}`;
    const counting = this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM search_candidate WHERE ${counted} LIMIT ${Math.trunc(q.countCap)}) capped`,
      count.values,
    );
    const [rows, [total]] = await Promise.all([ranking, counting]);
    return { documents: rows.map(toDocument), total: total?.n ?? 0 };
  }

  private async upsert(manager: EntityManager, documents: CandidateDocument[]): Promise<void> {
    const rows = documents.map((d) => {
      const profile: CandidateIndexProfile = {
        desired: d.desired.map((o) => ({ o: o.num, i: o.iscoCode })),
        experience: d.experience.map((e) => ({ o: e.num, i: e.iscoCode, y: e.years })),
        languages: d.languages.map((l) => ({ l: l.language, v: l.level })),
        credentials: d.credentials.map((c) => ({ p: c.programmeId, c: c.trainingCompleted })),
      };
      const occupations = [...d.desired, ...d.experience];
      return {
        id: d.id,
        citizenship: d.citizenship,
        residenceCountry: d.residenceCountry,
        destinations: d.destinations,
        languageCodes: candidateLanguageCodes(d.languages),
        highestEqf: d.highestEqf,
        yearsOfExperience: d.yearsOfExperience,
        skillNums: [...new Set(d.skillNums)].sort((a, b) => a - b),
        occupationNums: [...new Set(occupations.map((o) => o.num))],
        iscoUnits: [...new Set(occupations.map((o) => Number(o.iscoCode)).filter(Number.isInteger))],
        profile,
        availableFrom: d.availableFrom,
      };
    });
    await manager.query(
      `INSERT INTO search_candidate (id, citizenship, residence_country, destinations, language_codes, highest_eqf,
         years_of_experience, skill_nums, occupation_nums, isco_units, profile, available_from, changed_xid)
       SELECT d."id", d."citizenship", d."residenceCountry", d."destinations", d."languageCodes", d."highestEqf",
         d."yearsOfExperience", d."skillNums", d."occupationNums", d."iscoUnits", d."profile", d."availableFrom",
         ${CURRENT_XID}
       FROM jsonb_to_recordset($1::jsonb) AS d("id" uuid, "citizenship" text, "residenceCountry" text,
         "destinations" text[], "languageCodes" int[], "highestEqf" smallint, "yearsOfExperience" real,
         "skillNums" int[], "occupationNums" int[], "iscoUnits" int[], "profile" jsonb, "availableFrom" date)
       ON CONFLICT (id) DO UPDATE SET citizenship = EXCLUDED.citizenship,
              residence_country = EXCLUDED.residence_country, destinations = EXCLUDED.destinations,
              language_codes = EXCLUDED.language_codes, highest_eqf = EXCLUDED.highest_eqf,
              years_of_experience = EXCLUDED.years_of_experience, skill_nums = EXCLUDED.skill_nums,
              occupation_nums = EXCLUDED.occupation_nums, isco_units = EXCLUDED.isco_units,
              profile = EXCLUDED.profile, available_from = EXCLUDED.available_from,
              changed_xid = EXCLUDED.changed_xid`,
      [JSON.stringify(rows)],
    );
  }
}
