import { Inject, Injectable } from '@nestjs/common';
import { hashPassword, verifyPassword } from 'src/auth/password';
import { RateLimitedError } from 'src/common/errors';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { Lane, Semaphore, SemaphoreFullError } from 'src/limits/semaphore';

/**
 * Password hashing through a small semaphore: each scrypt takes 32 MiB and a core for tens
 * of milliseconds, so a burst of logins or sign-ups queues here instead of taking every core
 * (and libuv thread) from the requests that need none. Logins wait in their own, urgent lane:
 * a sign-up flood (from many addresses, each under its limit) cannot make a login wait
 * behind it. A full lane answers RATE_LIMITED.
 */
@Injectable()
export class PasswordHasher {
  private readonly semaphore: Semaphore;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.semaphore = new Semaphore(config.auth.hashConcurrency, config.auth.hashQueue);
  }

  /** For a new password (sign-up, account creation). */
  hash(password: string): Promise<string> {
    return this.guarded(() => hashPassword(password), 'normal');
  }

  /** For a login. */
  verify(password: string, stored: string): Promise<boolean> {
    return this.guarded(() => verifyPassword(password, stored), 'urgent');
  }

  /** The most hashes this process has computed at once. */
  get peakConcurrency(): number {
    return this.semaphore.peakActive;
  }

  private async guarded<T>(task: () => Promise<T>, lane: Lane): Promise<T> {
    try {
      return await this.semaphore.run(task, lane);
    } catch (error) {
      if (error instanceof SemaphoreFullError) {
        throw new RateLimitedError(1, 'hashing', 'Too many sign-ins at once; try again in a second');
      }
      throw error;
    }
  }
}
