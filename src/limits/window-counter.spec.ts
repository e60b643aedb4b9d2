import { WindowCounter } from 'src/limits/window-counter';

describe('WindowCounter', () => {
  it('allows `max` hits per key in a window, then says how long to wait', () => {
    const sut = new WindowCounter(2, 60_000);
    expect(sut.hit('a', 0).allowed).toBe(true);
    expect(sut.hit('a', 1_000).allowed).toBe(true);
    expect(sut.hit('a', 2_000)).toEqual({ allowed: false, retryAfterSeconds: 58 });
    expect(sut.hit('b', 2_000).allowed).toBe(true);
    expect(sut.hit('a', 60_000).allowed).toBe(true);
  });

  it('forgets keys rather than grow without bound', () => {
    const sut = new WindowCounter(1, 60_000, 100);
    for (let i = 0; i < 1_000; i += 1) sut.hit(`client-${i}`, 0);
    expect(sut.size).toBeLessThanOrEqual(100);
  });
});
