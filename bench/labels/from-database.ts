import { DataSource } from 'typeorm';
import { LabelInput } from 'src/search/labels/label-index';
import { ConceptLabelsByLanguage } from './held-out';

/** Labels read back from the database (in model order) grouped per concept and language, with each concept's URI. */
export async function conceptsOf(
  dataSource: DataSource,
  table: 'occupation' | 'skill',
  ids: string[],
  labels: LabelInput[],
): Promise<ConceptLabelsByLanguage[]> {
  const uris = new Map<string, string>(
    (await dataSource.query<{ id: string; uri: string }[]>(`SELECT id, esco_uri AS uri FROM ${table}`)).map((r) => [
      r.id,
      r.uri,
    ]),
  );
  const concepts: ConceptLabelsByLanguage[] = ids.map((id) => ({ uri: uris.get(id)!, labels: new Map() }));
  for (const label of labels) {
    if (label.kind === 'description') continue;
    const byLanguage = concepts[label.concept]!.labels;
    let list = byLanguage.get(label.language);
    if (!list) byLanguage.set(label.language, (list = []));
    list.push({ kind: label.kind, text: label.text });
  }
  return concepts;
}
