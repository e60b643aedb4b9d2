import { Injectable } from '@nestjs/common';
import { ValidationError } from 'src/common/errors';
import { Connection, keysetCursor, mapConnection, toConnection } from 'src/graphql/connection';
import { AppealModel, ModerationCaseModel, StatementOfReasonsModel } from 'src/moderation/moderation.model';
import { AppealStatus, isRestrictive } from 'src/moderation/moderation-rules';
import { CaseRow, ModerationQueueRepository } from 'src/moderation/moderation-queue.repository';
import { NoticeModel } from 'src/moderation/notice.model';
import { AppealsRepository } from 'src/moderation/records/appeals.repository';
import { DecisionsRepository } from 'src/moderation/records/decisions.repository';
import { NoticesRepository } from 'src/moderation/records/notices.repository';
import { VacancyModel } from 'src/vacancies/vacancy.model';
import { VacancyStatus } from 'src/vacancies/vacancy-lifecycle';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';

function group<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** The administrators' work list: one case per vacancy waiting for a person, most urgent first. */
@Injectable()
export class ModerationQueueService {
  constructor(
    private readonly queue: ModerationQueueRepository,
    private readonly vacancies: VacanciesRepository,
    private readonly notices: NoticesRepository,
    private readonly appeals: AppealsRepository,
    private readonly decisions: DecisionsRepository,
  ) {}

  async page(first: number, after: string | null | undefined): Promise<Connection<ModerationCaseModel>> {
    const cursor = keysetCursor(after, ['text', 'timestamp', 'uuid']);
    const priority = cursor ? Number(cursor[0]) : null;
    if (cursor && ![1, 2, 3].includes(priority!))
      throw ValidationError.field('after', 'is not a cursor this API issued');
    const { rows, total } = await this.queue.page(
      first + 1,
      cursor ? { priority: priority!, since: cursor[1], id: cursor[2] } : null,
    );
    const ids = rows.map((r) => r.vacancyId);
    const [vacancies, notices, appeals, inForce] = await Promise.all([
      this.vacancies.findByIds(ids),
      this.notices.pendingOfVacancies(ids),
      this.appeals.latestOfVacancies(ids),
      this.decisions.inForceOfVacancies(ids),
    ]);
    const vacancyById = new Map(vacancies.map((v) => [v.id, v]));
    const noticesOf = group(notices, (n) => n.vacancyId);
    const pendingAppeal = new Map(
      appeals.filter((a) => a.status === AppealStatus.PENDING).map((a) => [a.vacancyId, a]),
    );
    const restriction = new Map(inForce.filter((d) => isRestrictive(d.kind)).map((d) => [d.vacancyId!, d]));
    const connection = toConnection(rows, first, total, (r: CaseRow) => [String(r.priority), r.sinceKey, r.vacancyId]);
    return mapConnection(connection, (row) => {
      const vacancy = vacancyById.get(row.vacancyId)!;
      const appeal = pendingAppeal.get(row.vacancyId);
      const decision = restriction.get(row.vacancyId);
      return Object.assign(new ModerationCaseModel(), {
        vacancy: VacancyModel.from(vacancy),
        notices: (noticesOf.get(row.vacancyId) ?? []).map((n) => NoticeModel.from(n)),
        screeningFlags: vacancy.screeningFlags,
        priority: row.priority,
        hidden: vacancy.status === VacancyStatus.IN_REVIEW,
        distinctNotifiers: row.distinctNotifiers,
        waitingSince: row.since,
        appeal: appeal ? AppealModel.from(appeal) : null,
        statementOfReasons: decision ? StatementOfReasonsModel.from(decision) : null,
      });
    });
  }
}
