import { decodeCursor, encodeCursor, offsetFromCursor, toConnection } from 'src/graphql/connection';
import { ValidationError } from 'src/common/errors';

describe('connection helpers', () => {
  it('round-trips cursors and hides their content', () => {
    const cursor = encodeCursor(['Welder', 'b3c1']);
    expect(cursor).not.toContain('Welder');
    expect(decodeCursor(cursor)).toEqual(['Welder', 'b3c1']);
  });

  it('refuses a forged cursor with a field error on `after`', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(ValidationError);
    try {
      offsetFromCursor(encodeCursor([-5]));
    } catch (error) {
      expect((error as ValidationError).details.fields).toEqual([
        { path: 'after', message: 'is not a cursor this API issued' },
      ]);
    }
  });

  it('uses the extra row to tell whether another page follows', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const page = toConnection(rows, 2, 10, (r) => [r.id]);
    expect(page.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor)).toEqual([2]);
    const last = toConnection(rows.slice(2), 2, 10, (r) => [r.id]);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });
});
