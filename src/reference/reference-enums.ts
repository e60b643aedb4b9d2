import { registerEnumType } from '@nestjs/graphql';
import { CefrLevel } from 'src/reference/cefr';

// Kept apart from cefr.ts so that rule files can use the levels without loading GraphQL.
registerEnumType(CefrLevel, { name: 'CefrLevel', description: 'CEFR language level, A1 < A2 < B1 < B2 < C1 < C2' });
