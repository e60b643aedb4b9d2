import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRepository } from 'src/audit/audit.repository';
import { CandidateProfileEntity } from 'src/candidates/candidate-profile.entity';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { EmployerEntity } from 'src/employers/employer.entity';
import { EmployersRepository } from 'src/employers/employers.repository';
import { SearchOutbox } from 'src/search/outbox/search-outbox';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';

const concept = (c: OccupationEntity | SkillEntity) => ({ id: c.id, escoUri: c.escoUri, label: c.preferredLabel });

/**
 * The candidate profile and the employer organisation: the two records every other source
 * hangs off, so the erasure removes them after the registered sources have run.
 */
@Injectable()
export class CorePersonalData {
  constructor(
    private readonly candidates: CandidatesRepository,
    private readonly employers: EmployersRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly audit: AuditRepository,
    private readonly search: SearchOutbox,
  ) {}

  async candidateProfile(profile: CandidateProfileEntity): Promise<Record<string, unknown>> {
    const ids = [profile.id];
    const [occupations, skills, languages, qualifications, experience, consent] = await Promise.all([
      this.candidates.desiredOccupations(ids),
      this.candidates.skills(ids),
      this.candidates.languages(ids),
      this.candidates.qualifications(ids),
      this.candidates.experience(ids),
      this.candidates.consentEvents(profile.id),
    ]);
    return {
      id: profile.id,
      fullName: profile.fullName,
      citizenship: profile.citizenship,
      residenceCountry: profile.residenceCountry,
      birthDate: profile.birthDate,
      headline: profile.headline,
      preferredDestinations: profile.preferredDestinations,
      availableFrom: profile.availableFrom,
      visible: profile.visible,
      consentGivenAt: profile.consentGivenAt,
      consentPolicyVersion: profile.consentPolicyVersion,
      retentionFlaggedAt: profile.retentionFlaggedAt,
      highestEqfLevel: profile.highestEqfLevel,
      yearsOfExperience: profile.yearsOfExperience,
      createdAt: profile.createdAt,
      updatedAt: profile.updatedAt,
      desiredOccupations: occupations.map((o) => concept(o.item)),
      skills: skills.map((s) => concept(s.item)),
      languages: languages.map((l) => ({ language: l.language, level: l.level })),
      qualifications: qualifications.map((q) => ({ title: q.title, eqfLevel: q.eqfLevel })),
      experience: experience.map((e) => ({ occupation: concept(e.occupation), years: e.years })),
      consentHistory: consent.map((e) => ({
        at: e.at,
        given: e.given,
        policyVersion: e.policyVersion,
        source: e.source,
      })),
    };
  }

  async employer(employer: EmployerEntity): Promise<Record<string, unknown>> {
    const vacancies = await this.vacancies.allOfEmployer(employer.id);
    return {
      id: employer.id,
      legalName: employer.legalName,
      memberState: employer.memberState,
      registrationNumber: employer.registrationNumber,
      contactEmail: employer.contactEmail,
      status: employer.status,
      statusReason: employer.statusReason,
      createdAt: employer.createdAt,
      vacancies: vacancies.map((v) => ({
        id: v.id,
        title: v.title,
        description: v.description,
        status: v.status,
        memberState: v.memberState,
        city: v.city,
        createdAt: v.createdAt,
        publishedAt: v.publishedAt,
      })),
    };
  }

  /**
   * Deletes the profile (its lists, consent history and credentials cascade), tells the
   * search engine, and cuts the profile id out of the audit log (employers' views of it).
   */
  async eraseCandidate(profile: CandidateProfileEntity, manager: EntityManager): Promise<void> {
    await this.search.changed(manager, 'candidate', [profile.id]);
    await this.candidates.deleteById(profile.id, manager);
    await this.audit.anonymise(profile.id, manager);
  }

  /**
   * Closes the organisation's vacancies (they leave listings and matching) and keeps the
   * organisation on record as REMOVED with no owner: vacancies and requests already sent
   * reference it, and a removed organisation must not come back by re-registering.
   */
  async eraseEmployer(employer: EmployerEntity, manager: EntityManager): Promise<void> {
    const closed = await this.vacancies.closeAllOf(employer.id, manager);
    await this.employers.detachOwner(employer.id, 'The owner deleted their account', manager);
    await this.search.changed(manager, 'vacancy', closed);
    await this.search.changed(manager, 'employer', [employer.id]);
  }
}
