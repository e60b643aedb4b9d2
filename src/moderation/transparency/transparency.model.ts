import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from 'src/graphql/date.scalar';
import { DecisionBasis, DecisionKind, NoticeCategory } from 'src/moderation/moderation-rules';

@ObjectType()
export class NoticeCategoryCount {
  @Field(() => NoticeCategory)
  category!: NoticeCategory;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class DecisionKindCount {
  @Field(() => DecisionKind)
  kind!: DecisionKind;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'Of which taken by a rule, not a person' })
  automated!: number;
}

@ObjectType()
export class DecisionBasisCount {
  @Field(() => DecisionBasis)
  basis!: DecisionBasis;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class FlagCount {
  @Field()
  code!: string;

  @Field(() => Int)
  count!: number;
}

/**
 * What the Digital Services Act asks a platform to publish (Art. 15(1)(b)-(e), 24(1)(b)).
 * Notices and appeals count by when they were received; decisions, decided notices and
 * decided appeals by when they were decided. Days are UTC, both ends included.
 */
@ObjectType('TransparencyReport')
export class TransparencyReportModel {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field()
  generatedAt!: Date;

  @Field(() => Int)
  noticesReceived!: number;

  @Field(() => [NoticeCategoryCount], { description: 'Every category, zeros included' })
  noticesByCategory!: NoticeCategoryCount[];

  @Field(() => Int)
  noticesFromTrustedFlaggers!: number;

  @Field(() => Int)
  noticesFromOthers!: number;

  @Field(() => Int, { description: 'Notices decided in the period whose vacancy was removed' })
  noticesActioned!: number;

  @Field(() => Int, { description: 'Of those, removed on the ground that the vacancy was illegal' })
  noticesActionedOnLegalGrounds!: number;

  @Field(() => Int, { description: 'Of those, removed on the ground of Pathways’ rules for vacancies' })
  noticesActionedOnTermsOfUse!: number;

  @Field(() => Int, { description: 'Notices decided in the period whose vacancy stayed' })
  noticesRejected!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from a notice to its decision; null without any' })
  medianHoursNoticeToDecision!: number | null;

  @Field(() => [DecisionKindCount], { description: 'Every kind, zeros included' })
  decisionsByKind!: DecisionKindCount[];

  @Field(() => [DecisionBasisCount], { description: 'Every basis, zeros included' })
  decisionsByBasis!: DecisionBasisCount[];

  @Field(() => Int, { description: 'Vacancies the automatic screening held back for review' })
  automatedDetections!: number;

  @Field(() => [FlagCount])
  automatedDetectionsByFlag!: FlagCount[];

  @Field(() => Int, { description: 'Of the automated detections, those a person then removed' })
  automatedDetectionsConfirmed!: number;

  @Field(() => Int, { description: 'Of the automated detections, those a person then approved: screening’s errors' })
  automatedDetectionsOverturned!: number;

  @Field(() => Int)
  appealsReceived!: number;

  @Field(() => Int)
  appealsUpheld!: number;

  @Field(() => Int)
  appealsReversed!: number;

  @Field(() => Float, { nullable: true })
  medianHoursAppealToDecision!: number | null;

  @Field(() => Int, { description: 'Organisations suspended as repeat offenders (Art. 23)' })
  employersSuspended!: number;
}
