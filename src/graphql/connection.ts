import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ValidationError } from 'src/common/errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE}` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `XConnection` and `XEdge` object types for a node type (Relay connection spec). */
export function ConnectionType<T>(node: Type<T>, name = node.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  Object.defineProperty(ConnectionClass, 'name', { value: `${name}Connection` });
  return ConnectionClass;
}

/** Cursors are opaque to clients: base64url of a small JSON array of sort-key values. */
export type CursorKey = (string | number | null)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): CursorKey | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.every((v) => v === null || ['string', 'number'].includes(typeof v))) {
      return parsed as CursorKey;
    }
  } catch {
    // fall through to the error below
  }
  throw ValidationError.field('after', 'is not a cursor this API issued');
}

/**
 * Turns one page of rows (fetched with `first + 1` so the extra row tells whether another
 * page follows) into a connection.
 */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorKey: (row: T) => CursorKey,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorKey(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * A page of rows in a ranked, deterministic order, fetched from `offset` with `first + 1`:
 * each cursor is the row's position, which offsetFromCursor reads back.
 */
export function rankedConnection<T>(rows: T[], first: number, offset: number, totalCount: number): Connection<T> {
  let position = offset;
  return toConnection(rows, first, totalCount, () => [++position]);
}

/** The same page with every node turned into its API model. */
export function mapConnection<T, U>(connection: Connection<T>, map: (node: T) => U): Connection<U> {
  return { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })) };
}

/** Deeper offsets are refused: no client pages this far, and the database would skip them all. */
export const MAX_CURSOR_OFFSET = 100_000;

const notOurs = () => ValidationError.field('after', 'is not a cursor this API issued');

/** For keyset pages whose cursor is a single offset into a ranked, deterministic order. */
export function offsetFromCursor(after: string | null | undefined): number {
  const key = decodeCursor(after);
  if (key === null) return 0;
  const [offset] = key;
  if (key.length !== 1 || typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw notOurs();
  if (offset > MAX_CURSOR_OFFSET) {
    throw ValidationError.field('after', `reaches past ${MAX_CURSOR_OFFSET} results; narrow the search instead`);
  }
  return offset;
}

/** What each value of a keyset cursor must be before it may reach a query. */
export type CursorPart = 'text' | 'uuid' | 'timestamp';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function partIsValid(value: string | number | null, part: CursorPart): boolean {
  if (typeof value !== 'string') return false;
  switch (part) {
    case 'text':
      return value.length <= 1000 && !value.includes('\u0000');
    case 'uuid':
      return UUID.test(value);
    case 'timestamp':
      return ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
  }
}

/**
 * A keyset cursor whose values have the given shape, or null for the first page. A cursor
 * crafted by hand (another shape, a non-UUID id, a date that is none) is BAD_USER_INPUT on
 * `after`, never a database error.
 */
export function keysetCursor<T extends CursorPart[]>(
  after: string | null | undefined,
  parts: [...T],
): { [K in keyof T]: string } | null {
  const key = decodeCursor(after);
  if (key === null) return null;
  if (key.length !== parts.length || !parts.every((part, i) => partIsValid(key[i]!, part))) throw notOurs();
  return key as { [K in keyof T]: string };
}

/**
 * Whether the query asks for the connection's `totalCount` (directly, or through a fragment):
 * counting every match is work a client that does not ask should not pay for.
 */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  const asks = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === 'totalCount';
      if (selection.kind === Kind.INLINE_FRAGMENT) return asks(selection.selectionSet);
      return asks(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => asks(node.selectionSet));
}
