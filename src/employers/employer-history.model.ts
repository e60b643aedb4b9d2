import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from 'src/auth/user.model';
import { EmployerModel } from 'src/employers/employer.model';
import { EmployerStatus } from 'src/employers/employer-status';
import { ConnectionType } from 'src/graphql/connection';

@ObjectType('EmployerStatusChange', { description: 'One entry of an organisation’s status history (the audit log)' })
export class EmployerStatusChangeModel {
  @Field(() => EmployerModel)
  employer!: EmployerModel;

  @Field(() => EmployerStatus, { nullable: true, description: 'Null when the organisation registered' })
  from!: EmployerStatus | null;

  @Field(() => EmployerStatus)
  to!: EmployerStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field()
  at!: Date;

  @Field(() => UserModel, {
    nullable: true,
    description: 'The administrator (or, for a registration, the owner); null once that account is erased',
  })
  changedBy!: UserModel | null;
}

export const EmployerStatusChangeConnection = ConnectionType(EmployerStatusChangeModel, 'EmployerStatusChange');
