import { TaxonomyData } from 'src/taxonomy/import/taxonomy-data';

/**
 * What the importer derives from ESCO's occupation-skill matrix for matching: how specific
 * each skill is, and which occupations need alike skills. Pure functions of the taxonomy.
 */

/** In an occupation's skill profile an optional skill counts half as much as an essential one. */
export const OPTIONAL_SKILL_SHARE = 0.5;
/** Neighbours kept per occupation: enough for retrieval to reach related trades, bounded for speed. */
export const NEIGHBOURS_PER_OCCUPATION = 20;
/** Below this cosine two occupations share too little of what they need to be called alike. */
export const MIN_OCCUPATION_SIMILARITY = 0.1;

/** Rounded like every stored figure, so an import of the same data writes the same values. */
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * Specificity of every skill in (0, 1]: an inverse document frequency over occupations,
 * ln((N + 1) / (n + 1)) / ln(N + 1), where N is the number of occupations and n those that
 * list the skill (essential or optional). A skill only one occupation needs scores about 1
 * ("TIG welding"); one most occupations need scores near 0 ("communicate with customers").
 * Transversal skills (ESCO's collection, or reuse level `transversal`) are generic by
 * definition, however few occupations happen to list them, so they take the lowest
 * specificity of any listed skill. Skills no occupation lists otherwise score 1.
 */
export function skillSpecificity(data: TaxonomyData): Map<string, number> {
  const occupations = new Set(data.occupations.map((o) => o.uri));
  const listedBy = new Map<string, number>();
  for (const relation of data.relations) {
    if (occupations.has(relation.occupationUri)) {
      listedBy.set(relation.skillUri, (listedBy.get(relation.skillUri) ?? 0) + 1);
    }
  }
  const n = occupations.size;
  const scale = Math.log(n + 1);
  const idf = (count: number): number => (scale > 0 ? round4(Math.log((n + 1) / (count + 1)) / scale) : 1);
  const floor = idf(Math.max(0, ...listedBy.values()));
  const transversal = new Set(data.transversalSkillUris ?? []);
  const specificity = new Map<string, number>();
  for (const skill of data.skills) {
    const generic = transversal.has(skill.uri) || skill.reuseLevel === 'transversal';
    // Never 0: a skill must always be able to add something when it matches.
    specificity.set(skill.uri, Math.max(0.0001, generic ? floor : idf(listedBy.get(skill.uri) ?? 0)));
  }
  return specificity;
}

/** Entries grouped by `row` (0 to rows - 1): for row r, positions start[r] to start[r + 1]. */
function compressed<T extends { weight: number }>(
  entries: readonly T[],
  rows: number,
  row: (e: T) => number,
  other: (e: T) => number,
): { start: Int32Array; other: Int32Array; weight: Float64Array } {
  const start = new Int32Array(rows + 1);
  for (const e of entries) start[row(e) + 1] = start[row(e) + 1]! + 1;
  for (let r = 0; r < rows; r += 1) start[r + 1] = start[r + 1]! + start[r]!;
  const next = start.slice(0, rows);
  const others = new Int32Array(entries.length);
  const weights = new Float64Array(entries.length);
  for (const e of entries) {
    const at = next[row(e)]!;
    next[row(e)] = at + 1;
    others[at] = other(e);
    weights[at] = e.weight;
  }
  return { start, other: others, weight: weights };
}

export interface OccupationNeighbourRow {
  occupationUri: string;
  neighbourUri: string;
  /** Cosine of the two occupations' skill profiles, in (0, 1). */
  similarity: number;
}

/**
 * How alike occupations are by what they need: the cosine of their skill profiles, where
 * an occupation's profile weighs each skill by its specificity (and an optional skill by
 * OPTIONAL_SKILL_SHARE), so sharing "TIG welding" counts for far more than sharing
 * "communicate with customers". Each occupation keeps its NEIGHBOURS_PER_OCCUPATION closest
 * occupations at MIN_OCCUPATION_SIMILARITY or more; the result is symmetric (a pair kept by
 * either side is listed both ways), so a lookup in either direction finds it.
 */
export function occupationNeighbours(
  data: TaxonomyData,
  specificity: ReadonlyMap<string, number>,
  options: { perOccupation?: number; minSimilarity?: number } = {},
): OccupationNeighbourRow[] {
  const perOccupation = options.perOccupation ?? NEIGHBOURS_PER_OCCUPATION;
  const minSimilarity = options.minSimilarity ?? MIN_OCCUPATION_SIMILARITY;
  const occupationIndex = new Map(data.occupations.map((o, i) => [o.uri, i]));
  const skillIndex = new Map<string, number>();
  // Sparse profiles as flat arrays (compressed rows): per occupation its skills and
  // weights, per skill the occupations listing it; the inner loop runs millions of times.
  const entries: { occupation: number; skill: number; weight: number }[] = [];
  for (const relation of data.relations) {
    const occupation = occupationIndex.get(relation.occupationUri);
    const spec = specificity.get(relation.skillUri);
    if (occupation === undefined || spec === undefined) continue;
    let skill = skillIndex.get(relation.skillUri);
    if (skill === undefined) skillIndex.set(relation.skillUri, (skill = skillIndex.size));
    entries.push({
      occupation,
      skill,
      weight: spec * (relation.relationType === 'essential' ? 1 : OPTIONAL_SKILL_SHARE),
    });
  }
  const byOccupation = compressed(
    entries,
    data.occupations.length,
    (e) => e.occupation,
    (e) => e.skill,
  );
  const bySkill = compressed(
    entries,
    skillIndex.size,
    (e) => e.skill,
    (e) => e.occupation,
  );
  const norms = new Float64Array(data.occupations.length);
  for (const e of entries) norms[e.occupation] = norms[e.occupation]! + e.weight * e.weight;
  for (let a = 0; a < norms.length; a += 1) norms[a] = Math.sqrt(norms[a]!);

  const kept = new Map<string, number>();
  const keep = (a: number, b: number, similarity: number) => {
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    kept.set(key, similarity);
  };
  const dot = new Float64Array(data.occupations.length);
  const touched = new Int32Array(data.occupations.length);
  for (let a = 0; a < norms.length; a += 1) {
    if (norms[a] === 0) continue;
    let count = 0;
    for (let i = byOccupation.start[a]!; i < byOccupation.start[a + 1]!; i += 1) {
      const skill = byOccupation.other[i]!;
      const weight = byOccupation.weight[i]!;
      for (let j = bySkill.start[skill]!; j < bySkill.start[skill + 1]!; j += 1) {
        const b = bySkill.other[j]!;
        if (b === a) continue;
        if (dot[b] === 0) touched[count++] = b;
        dot[b] = dot[b]! + weight * bySkill.weight[j]!;
      }
    }
    const similar: { b: number; similarity: number }[] = [];
    for (let t = 0; t < count; t += 1) {
      const b = touched[t]!;
      const similarity = round4(dot[b]! / (norms[a]! * norms[b]!));
      dot[b] = 0;
      if (similarity >= minSimilarity) similar.push({ b, similarity });
    }
    // Closest first; equal similarities in occupation order, so every run keeps the same ones.
    similar.sort((x, y) => y.similarity - x.similarity || x.b - y.b);
    for (const { b, similarity } of similar.slice(0, perOccupation)) keep(a, b, Math.min(similarity, 1));
  }

  const rows: OccupationNeighbourRow[] = [];
  for (const [key, similarity] of kept) {
    const [a, b] = key.split(' ').map(Number) as [number, number];
    const uriA = data.occupations[a]!.uri;
    const uriB = data.occupations[b]!.uri;
    rows.push({ occupationUri: uriA, neighbourUri: uriB, similarity });
    rows.push({ occupationUri: uriB, neighbourUri: uriA, similarity });
  }
  return rows;
}
