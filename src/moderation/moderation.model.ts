import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from 'src/graphql/connection';
import { AppealStatus, DecisionBasis, DecisionKind, GroundType } from 'src/moderation/moderation-rules';
import { NoticeModel } from 'src/moderation/notice.model';
import { AppealEntity } from 'src/moderation/records/appeal.entity';
import { ModerationDecisionEntity } from 'src/moderation/records/moderation-decision.entity';
import { durationOf, redressFor, TERRITORIAL_SCOPE } from 'src/moderation/statements';
import { ScreeningFlag, VacancyModel } from 'src/vacancies/vacancy.model';

registerEnumType(DecisionKind, { name: 'ModerationDecisionKind' });
registerEnumType(DecisionBasis, {
  name: 'ModerationBasis',
  description:
    'What led to a decision: screening, notices, a trusted flagger, own initiative, repeat removals, an appeal',
});
registerEnumType(GroundType, { name: 'GroundType', description: 'The law, or Pathways’ rules for vacancies' });
registerEnumType(AppealStatus, { name: 'AppealStatus' });

/** What the Digital Services Act (Art. 17(3)) asks a statement of reasons to say. */
@ObjectType('StatementOfReasons')
export class StatementOfReasonsModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DecisionKind, { description: 'What was done: restricted pending review, removed, suspended' })
  decision!: DecisionKind;

  @Field(() => DecisionBasis, {
    description: 'A notice, a trusted flagger, screening, own initiative, repeat removals',
  })
  basis!: DecisionBasis;

  @Field(() => GroundType)
  groundType!: GroundType;

  @Field({ description: 'The legal or contractual ground relied on' })
  ground!: string;

  @Field({ description: 'The facts and circumstances the decision rests on' })
  facts!: string;

  @Field({ description: 'Whether a rule (screening, notices, removal counts) and not a person took it' })
  automated!: boolean;

  @Field()
  decidedAt!: Date;

  @Field({ description: 'Where the restriction applies' })
  territorialScope!: string;

  @Field({ description: 'For how long' })
  duration!: string;

  @Field(() => String, { nullable: true, description: 'A prior warning before a suspension' })
  warning!: string | null;

  @Field({ description: 'How to contest it: an appeal here, out-of-court settlement, the courts' })
  redress!: string;

  static from(d: ModerationDecisionEntity): StatementOfReasonsModel {
    return Object.assign(new StatementOfReasonsModel(), {
      id: d.id,
      decision: d.kind,
      basis: d.basis,
      groundType: d.groundType,
      ground: d.ground,
      facts: d.facts,
      automated: d.automated,
      decidedAt: d.decidedAt,
      territorialScope: TERRITORIAL_SCOPE,
      duration: durationOf(d.kind),
      warning: d.warning,
      redress: redressFor(d.kind, d.decidedAt),
    });
  }
}

/** The vacancy and the decision are resolved by AppealsResolver. */
@ObjectType('Appeal')
export class AppealModel {
  @Field(() => ID)
  id!: string;

  vacancyId!: string;
  decisionId!: string;

  @Field()
  text!: string;

  @Field(() => AppealStatus)
  status!: AppealStatus;

  @Field(() => String, { nullable: true, description: 'Why the appeal was upheld or the decision reversed' })
  reason!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  static from(a: AppealEntity): AppealModel {
    return Object.assign(new AppealModel(), {
      id: a.id,
      vacancyId: a.vacancyId,
      decisionId: a.decisionId,
      text: a.text,
      status: a.status,
      reason: a.reason,
      createdAt: a.createdAt,
      decidedAt: a.decidedAt,
    });
  }
}

/** One vacancy awaiting an administrator: its pending notices, screening flags and appeal. */
@ObjectType('ModerationCase')
export class ModerationCaseModel {
  @Field(() => VacancyModel)
  vacancy!: VacancyModel;

  @Field(() => [NoticeModel], { description: 'Notices awaiting a decision, oldest first' })
  notices!: NoticeModel[];

  @Field(() => [ScreeningFlag])
  screeningFlags!: ScreeningFlag[];

  @Field(() => Int, {
    description:
      '3: a trusted flagger or alleged trafficking or smuggling; 2: fees, kept documents, a pending appeal or a hidden vacancy; 1: the rest',
  })
  priority!: number;

  @Field({ description: 'Whether the public cannot see it now (IN_REVIEW)' })
  hidden!: boolean;

  @Field(() => Int, { description: 'Different people (or addresses) behind the pending notices' })
  distinctNotifiers!: number;

  @Field({ description: 'Since when the oldest part of the case has waited' })
  waitingSince!: Date;

  @Field(() => AppealModel, { nullable: true, description: 'An appeal awaiting a decision' })
  appeal!: AppealModel | null;

  @Field(() => StatementOfReasonsModel, { nullable: true, description: 'The restriction in force, if any' })
  statementOfReasons!: StatementOfReasonsModel | null;
}

export const ModerationCaseConnection = ConnectionType(ModerationCaseModel, 'ModerationCase');
