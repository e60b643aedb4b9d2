import { randomUUID } from 'node:crypto';
import { IdIndex } from 'src/matching/id-index';

describe('IdIndex', () => {
  it('finds every id it holds, forgets removed ones and gives ids back as written', () => {
    const index = new IdIndex();
    const held = new Map<string, number>();
    let slot = 0;
    // Enough adds and removals to grow the table several times and leave tombstones behind.
    for (let round = 0; round < 30_000; round += 1) {
      const id = randomUUID();
      index.add(slot, id);
      held.set(id, slot++);
      if (round % 3 === 0) {
        const [gone] = held.keys();
        expect(index.delete(gone!)).toBe(held.get(gone!));
        held.delete(gone!);
      }
    }
    expect(index.size).toBe(held.size);
    for (const [id, at] of held) {
      expect(index.slotOf(id)).toBe(at);
      expect(index.idOf(at)).toBe(id);
    }
    expect(index.slotOf(randomUUID())).toBeUndefined();
    expect(index.delete(randomUUID())).toBeUndefined();
  });

  it('tells apart ids that differ in one word only, and reads upper case as lower', () => {
    const index = new IdIndex();
    index.add(0, '00000000-0000-0000-0000-000000000001');
    index.add(1, '00000000-0000-0000-0000-000000000002');
    index.add(2, 'FFFFFFFF-0000-0000-0000-000000000001');
    expect(index.slotOf('00000000-0000-0000-0000-000000000002')).toBe(1);
    expect(index.slotOf('ffffffff-0000-0000-0000-000000000001')).toBe(2);
    expect(index.idOf(2)).toBe('ffffffff-0000-0000-0000-000000000001');
  });

  it('refuses anything but a UUID', () => {
    expect(() => new IdIndex().add(0, 'candidate-1')).toThrow(RangeError);
    expect(() => new IdIndex().slotOf('')).toThrow(RangeError);
  });
});
