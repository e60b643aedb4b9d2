import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CandidateSummaryModel } from 'src/candidates/candidate.model';
import { ContactRequestEntity } from 'src/contacts/contact-request.entity';
import { ContactRequestStatus, ContactViewer, revealsContact, showsCandidate } from 'src/contacts/contact-rules';
import { ConnectionType } from 'src/graphql/connection';
import { VacancyModel } from 'src/vacancies/vacancy.model';

registerEnumType(ContactRequestStatus, { name: 'ContactRequestStatus' });

@ObjectType('CandidateContact')
export class CandidateContactModel {
  @Field()
  fullName!: string;

  @Field()
  email!: string;
}

@ObjectType('ContactRequest')
export class ContactRequestModel {
  @Field(() => ID)
  id!: string;

  @Field(() => VacancyModel)
  vacancy!: VacancyModel;

  @Field(() => CandidateSummaryModel, {
    nullable: true,
    description:
      'Pseudonymised: no name, birth date or contact. For the employer, what the candidate shows employers now: null while they are hidden, and for an organisation that is not VERIFIED',
  })
  candidate!: CandidateSummaryModel | null;

  @Field(() => ContactRequestStatus)
  status!: ContactRequestStatus;

  @Field(() => String, { nullable: true })
  message!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the candidate answered or the employer withdrew' })
  respondedAt!: Date | null;

  @Field(() => CandidateContactModel, {
    nullable: true,
    description:
      'Only once ACCEPTED, and only for the candidate and the employer that asked (while it may see the candidate at all)',
  })
  contact!: CandidateContactModel | null;

  /** `request` must carry its vacancy, profile and the profile's account (ContactsRepository.findFull). */
  static from(request: ContactRequestEntity, viewer: ContactViewer): ContactRequestModel {
    const profile = request.profile!;
    return Object.assign(new ContactRequestModel(), {
      id: request.id,
      vacancy: VacancyModel.from(request.vacancy!),
      candidate: showsCandidate(request, profile, viewer) ? CandidateSummaryModel.from(profile) : null,
      status: request.status,
      message: request.message,
      createdAt: request.createdAt,
      respondedAt: request.respondedAt,
      contact: revealsContact(request, profile, viewer)
        ? Object.assign(new CandidateContactModel(), { fullName: profile.fullName, email: profile.user!.email })
        : null,
    });
  }
}

export const ContactRequestConnection = ConnectionType(ContactRequestModel, 'ContactRequest');
