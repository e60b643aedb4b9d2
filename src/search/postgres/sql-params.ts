/** Positional parameters of one query, each named where it is used: `WHERE x = ${params.add(value)}`. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    return `$${this.values.push(value)}`;
  }
}
