import { loadConfig } from 'src/config/config';
import { OutboxHandler } from 'src/search/outbox/outbox-handler';
import { LeasedRow, OutboxRepository } from 'src/search/outbox/outbox.repository';
import { backoffMs, OutboxWorker } from 'src/search/outbox/outbox.worker';
import { Metrics } from 'src/observability/metrics';

function repository(rows: LeasedRow[]) {
  return {
    lease: jest.fn().mockResolvedValueOnce(rows).mockResolvedValue([]),
    complete: jest.fn().mockResolvedValue(undefined),
    retryLater: jest.fn().mockResolvedValue(undefined),
  };
}

const row = (id: string, topic: LeasedRow['topic'], entityId: string, attempts = 1): LeasedRow => ({
  id,
  topic,
  entityId,
  attempts,
});

describe('OutboxWorker', () => {
  const config = loadConfig({ OUTBOX_WORKER: 'false', OUTBOX_RETRY_BASE_MS: '100' });

  it('applies each topic once per batch with distinct ids, then marks the rows processed', async () => {
    const repo = repository([row('1', 'candidate', 'a'), row('2', 'candidate', 'a'), row('3', 'vacancy', 'v')]);
    const sut = new OutboxWorker(repo as unknown as OutboxRepository, config, new Metrics(false));
    const applyCandidates = jest.fn().mockResolvedValue(undefined);
    const applyVacancies = jest.fn().mockResolvedValue(undefined);
    sut.register({ topic: 'candidate', apply: applyCandidates } satisfies OutboxHandler);
    sut.register({ topic: 'vacancy', apply: applyVacancies } satisfies OutboxHandler);

    expect(await sut.drainOnce()).toBe(3);
    expect(applyCandidates).toHaveBeenCalledWith(['a']);
    expect(applyVacancies).toHaveBeenCalledWith(['v']);
    expect(repo.complete).toHaveBeenCalledWith(['1', '2']);
    expect(repo.complete).toHaveBeenCalledWith(['3']);
    expect(repo.retryLater).not.toHaveBeenCalled();
  });

  it('keeps the rows of a failing topic for a later retry, with backoff, and still applies the others', async () => {
    const repo = repository([row('1', 'candidate', 'a', 3), row('2', 'vacancy', 'v')]);
    const sut = new OutboxWorker(repo as unknown as OutboxRepository, config, new Metrics(false));
    sut.register({ topic: 'candidate', apply: jest.fn().mockRejectedValue(new Error('engine down')) });
    sut.register({ topic: 'vacancy', apply: jest.fn().mockResolvedValue(undefined) });

    await sut.drainOnce();
    expect(repo.retryLater).toHaveBeenCalledWith(['1'], 400, 'engine down');
    expect(repo.complete).toHaveBeenCalledWith(['2']);
    expect(repo.complete).not.toHaveBeenCalledWith(['1']);
  });

  it('never drops rows of a topic nobody handles', async () => {
    const repo = repository([row('1', 'employer', 'e')]);
    const sut = new OutboxWorker(repo as unknown as OutboxRepository, config, new Metrics(false));
    await sut.drainOnce();
    expect(repo.retryLater).toHaveBeenCalledWith(['1'], 100, 'No search handler for topic "employer"');
    expect(repo.complete).not.toHaveBeenCalled();
  });

  it('backs off exponentially up to five minutes', () => {
    expect([1, 2, 3, 4].map((attempts) => backoffMs(attempts))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(30)).toBe(300_000);
  });
});
