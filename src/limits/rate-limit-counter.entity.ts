import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One fixed-window counter shared by every API instance: login attempts per account and per
 * address, registrations per address. The key is a digest, never the email or address itself.
 */
@Entity('rate_limit_counter')
@Index('IDX_rate_limit_counter_window', ['windowEndsAt'])
export class RateLimitCounterEntity {
  /** `<scope>:<sha-256 of the counted value, base64url>` */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  key!: string;

  @Column({ type: 'int' })
  hits!: number;

  @Column({ type: 'timestamptz' })
  windowEndsAt!: Date;
}
