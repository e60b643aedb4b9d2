import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EmployerEntity } from 'src/employers/employer.entity';
import { EmployerStatus } from 'src/employers/employer-status';
import { ConnectionType } from 'src/graphql/connection';

registerEnumType(EmployerStatus, { name: 'EmployerStatus' });

@ObjectType('Employer')
export class EmployerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  legalName!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the EU Member State it is established in' })
  memberState!: string;

  /** Exposed by EmployersResolver to the owner and administrators only. */
  registrationNumber!: string;

  /** Exposed by EmployersResolver to the owner and administrators only. */
  contactEmail!: string;

  /** Not exposed: decides who sees the two fields above. */
  ownerId!: string | null;

  @Field(() => EmployerStatus)
  status!: EmployerStatus;

  @Field(() => String, { nullable: true, description: 'Why an administrator last changed the status' })
  statusReason!: string | null;

  static from(entity: EmployerEntity): EmployerModel {
    return Object.assign(new EmployerModel(), {
      id: entity.id,
      legalName: entity.legalName,
      memberState: entity.memberState,
      registrationNumber: entity.registrationNumber,
      contactEmail: entity.contactEmail,
      ownerId: entity.ownerId,
      status: entity.status,
      statusReason: entity.statusReason,
    });
  }
}

export const EmployerConnection = ConnectionType(EmployerModel, 'Employer');
