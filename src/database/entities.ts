/**
 * Every TypeORM entity of the system of record. The app, the migration commands and the
 * tests all build their data source from this one list.
 */
export const ENTITIES: Function[] = [];
