import { Semaphore, SemaphoreFullError } from 'src/limits/semaphore';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Semaphore', () => {
  it('runs at most `permits` tasks at once, the rest in arrival order', async () => {
    const sut = new Semaphore(2, 10);
    const started: number[] = [];
    const release: (() => void)[] = [];
    const tasks = [0, 1, 2, 3].map((i) =>
      sut.run(async () => {
        started.push(i);
        await new Promise<void>((resolve) => release.push(resolve));
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    release.shift()!();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    for (let i = 0; i < 3; i += 1) {
      release.shift()!();
      await tick();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3]);
    expect(sut.peakActive).toBe(2);
  });

  it('refuses at once when the waiting line is full', async () => {
    const sut = new Semaphore(1, 1);
    let open!: () => void;
    const first = sut.run(() => new Promise<void>((resolve) => (open = resolve)));
    const second = sut.run(() => Promise.resolve('second'));
    await expect(sut.run(() => Promise.resolve('third'))).rejects.toBeInstanceOf(SemaphoreFullError);
    open();
    await first;
    expect(await second).toBe('second');
  });

  it('lets urgent callers in before normal ones, and keeps each lane’s limit apart', async () => {
    const sut = new Semaphore(1, 2);
    const order: string[] = [];
    let open!: () => void;
    const first = sut.run(() => new Promise<void>((resolve) => (open = resolve)));
    const work = (name: string) => () => {
      order.push(name);
      return Promise.resolve();
    };
    const queued = [sut.run(work('sign-up 1')), sut.run(work('sign-up 2')), sut.run(work('login'), 'urgent')];
    await expect(sut.run(work('sign-up 3'))).rejects.toBeInstanceOf(SemaphoreFullError);
    open();
    await Promise.all([first, ...queued]);
    expect(order).toEqual(['login', 'sign-up 1', 'sign-up 2']);
  });

  it('frees the permit when a task fails', async () => {
    const sut = new Semaphore(1, 0);
    await expect(sut.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await sut.run(() => Promise.resolve('next'))).toBe('next');
  });
});
