import type { ConceptNum } from 'src/matching/types';

/** How a candidate's skill stands to a skill a vacancy requires (the API's SkillRelation). */
export type SkillRelation = 'EXACT' | 'BROADER' | 'NARROWER' | 'RELATED';

/**
 * How much of a required skill a held skill shows, by how ESCO relates the two:
 *
 * - narrower 0.75: the candidate names a specialisation of the required skill ("TIG welding"
 *   for "welding"); ESCO's hierarchy makes it a kind of the required one, so it shows most
 *   of it, but not the other kinds.
 * - broader 0.5: the candidate names the general skill ("welding" for "TIG welding"); self-
 *   declared profiles are often worded generally, but the specific technique is not shown:
 *   an even chance.
 * - related through an essential link 0.5: ESCO says one skill needs the other (knowledge
 *   essential to a skill); holding one is good evidence of the other, no more than broader.
 * - related through an optional link 0.25: one is useful to the other, weaker evidence.
 *
 * Only direct relations count: two steps away, the credits would multiply to little.
 */
export const SKILL_CREDIT = Object.freeze({
  exact: 1,
  narrower: 0.75,
  broader: 0.5,
  relatedEssential: 0.5,
  relatedOptional: 0.25,
});

/** A skill related to another one, with how it stands to that one and the credit it earns. */
export interface SkillLink {
  num: ConceptNum;
  relation: Exclude<SkillRelation, 'EXACT'>;
  credit: number;
}

/** What the importer derived from ESCO (src/taxonomy/import), by integer keys. */
export interface SkillGraphData {
  /** Specificity of each skill in (0, 1]; a skill missing here counts as 1 (nothing says it is common). */
  specificity: Iterable<readonly [ConceptNum, number]>;
  /** `narrower` is a narrower skill of `broader`. */
  hierarchy: Iterable<{ narrower: ConceptNum; broader: ConceptNum }>;
  /** `related` is essential or optional to `skill`. */
  relations: Iterable<{ skill: ConceptNum; related: ConceptNum; type: 'essential' | 'optional' }>;
  /** Cosine similarity of two occupations' skill profiles, listed both ways. */
  occupationNeighbours: Iterable<{ occupation: ConceptNum; neighbour: ConceptNum; similarity: number }>;
}

const NO_LINKS: readonly SkillLink[] = Object.freeze([]);
const NO_NEIGHBOURS: ReadonlyMap<ConceptNum, number> = new Map();

/**
 * The taxonomy knowledge matching scores with: skill specificity, the skills related to each
 * skill, and occupation neighbours. Immutable once built, plain data: the scorer stays a pure
 * function of the vacancy, the candidate and this graph. `SkillGraph.EMPTY` knows nothing:
 * every skill is equally specific and stands alone, so scoring falls back to exact overlap.
 */
export class SkillGraph {
  static readonly EMPTY = new SkillGraph({ specificity: [], hierarchy: [], relations: [], occupationNeighbours: [] });

  private readonly specificities: Map<ConceptNum, number>;
  /** μ = specificity² by skill key, dense for the keys the graph knows: the scorer's hot lookup. */
  private readonly masses: Float64Array;
  private readonly linked = new Map<ConceptNum, SkillLink[]>();
  private readonly neighbours = new Map<ConceptNum, Map<ConceptNum, number>>();

  constructor(data: SkillGraphData) {
    this.specificities = new Map(data.specificity);
    let largest = -1;
    for (const num of this.specificities.keys()) if (Number.isInteger(num) && num > largest) largest = num;
    // Skill keys are a serial column: dense up to the largest, at 8 bytes each (0.1 MB for ESCO).
    this.masses = new Float64Array(largest >= 0 && largest < 10_000_000 ? largest + 1 : 0).fill(1);
    for (const [num, specificity] of this.specificities) {
      if (num >= 0 && num < this.masses.length) this.masses[num] = specificity * specificity;
    }
    for (const { narrower, broader } of data.hierarchy) {
      this.link(broader, { num: narrower, relation: 'NARROWER', credit: SKILL_CREDIT.narrower });
      this.link(narrower, { num: broader, relation: 'BROADER', credit: SKILL_CREDIT.broader });
    }
    for (const { skill, related, type } of data.relations) {
      const credit = type === 'essential' ? SKILL_CREDIT.relatedEssential : SKILL_CREDIT.relatedOptional;
      this.link(skill, { num: related, relation: 'RELATED', credit });
      this.link(related, { num: skill, relation: 'RELATED', credit });
    }
    for (const { occupation, neighbour, similarity } of data.occupationNeighbours) {
      if (occupation === neighbour) continue;
      let near = this.neighbours.get(occupation);
      if (!near) this.neighbours.set(occupation, (near = new Map<ConceptNum, number>()));
      near.set(neighbour, Math.max(near.get(neighbour) ?? 0, Math.min(1, Math.max(0, similarity))));
    }
  }

  /** Keeps one link per pair of skills, the one with the highest credit. */
  private link(from: ConceptNum, link: SkillLink): void {
    if (from === link.num) return;
    const links = this.linked.get(from);
    if (!links) {
      this.linked.set(from, [link]);
      return;
    }
    const same = links.findIndex((l) => l.num === link.num);
    if (same < 0) links.push(link);
    else if (links[same]!.credit < link.credit) links[same] = link;
  }

  /** In (0, 1]: how much holding the skill says; 1 for a skill the graph does not know. */
  specificity(num: ConceptNum): number {
    return this.specificities.get(num) ?? 1;
  }

  /** μ = specificity²: a skill's weight in a skill profile (src/matching/skill-evidence.ts). */
  mass(num: ConceptNum): number {
    const dense = this.masses[num];
    if (dense !== undefined) return dense;
    const specificity = this.specificity(num);
    return specificity * specificity;
  }

  /** The skills related to `num`, each with how it stands to `num` and the credit that earns. */
  links(num: ConceptNum): readonly SkillLink[] {
    return this.linked.get(num) ?? NO_LINKS;
  }

  /** The occupations whose skill profiles are alike `occupation`'s, with their cosine similarity. */
  occupationNeighbours(occupation: ConceptNum): ReadonlyMap<ConceptNum, number> {
    return this.neighbours.get(occupation) ?? NO_NEIGHBOURS;
  }

  /** How many facts the graph holds, to report what a process keeps in memory. */
  size(): { skills: number; links: number; occupationPairs: number } {
    let links = 0;
    for (const l of this.linked.values()) links += l.length;
    let occupationPairs = 0;
    for (const n of this.neighbours.values()) occupationPairs += n.size;
    return { skills: this.specificities.size, links, occupationPairs };
  }
}
