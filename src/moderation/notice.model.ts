import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from 'src/graphql/connection';
import { DecisionKind, NoticeCategory, NoticeStatus } from 'src/moderation/moderation-rules';
import { NoticeEntity } from 'src/moderation/records/notice.entity';

registerEnumType(NoticeCategory, {
  name: 'NoticeCategory',
  description: 'What a notice says is wrong with a vacancy',
});
registerEnumType(NoticeStatus, {
  name: 'NoticeStatus',
  description: 'RECEIVED until a person decides; ACTIONED when the vacancy was removed, REJECTED when it stayed',
});

/** The vacancy, details, contact address and outcome are resolved by NoticesResolver for whoever may see them. */
@ObjectType('Notice')
export class NoticeModel {
  @Field(() => ID)
  id!: string;

  vacancyId!: string;
  notifierId!: string | null;
  details!: string | null;
  contactEmail!: string | null;
  decisionId!: string | null;

  @Field(() => NoticeCategory)
  category!: NoticeCategory;

  @Field(() => NoticeStatus)
  status!: NoticeStatus;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field({ description: 'Sent by an account recorded as a trusted flagger' })
  trustedFlagger!: boolean;

  /** Filled when the outcome is already known (the queue's pending notices have none). */
  outcome?: DecisionKind | null;

  static from(n: NoticeEntity): NoticeModel {
    return Object.assign(new NoticeModel(), {
      id: n.id,
      vacancyId: n.vacancyId,
      notifierId: n.notifierId,
      details: n.details,
      contactEmail: n.contactEmail,
      decisionId: n.decisionId,
      category: n.category,
      status: n.status,
      createdAt: n.createdAt,
      decidedAt: n.decidedAt,
      trustedFlagger: n.trustedFlagger,
    });
  }
}

export const NoticeConnection = ConnectionType(NoticeModel, 'Notice');
