import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Role } from 'src/auth/role';
import { UserEntity } from 'src/auth/user.entity';

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { id });
  }

  /** What authenticating a request needs of the account: one narrow read, no entity. */
  async identityById(id: string): Promise<Pick<UserEntity, 'id' | 'email' | 'role'> | null> {
    const [row] = await this.dataSource.query<Pick<UserEntity, 'id' | 'email' | 'role'>[]>(
      `SELECT id, email, role FROM users WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<UserEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.findBy(UserEntity, { id: In([...ids]) });
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email });
  }

  /** Inserts unless the email is taken; returns null when it is. */
  async insert(
    user: { email: string; passwordHash: string; role: Role },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<UserEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(user)
      .orIgnore()
      .returning('id')
      .execute();
    const row = (result.raw as { id: string }[])[0];
    // Read back through the entity so every column arrives under its property name.
    return row ? manager.findOneBy(UserEntity, { id: row.id }) : null;
  }

  async setRole(id: string, role: Role, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(UserEntity, { id }, { role });
  }

  async setTrustedFlagger(id: string, trusted: boolean, manager: EntityManager): Promise<void> {
    await manager.update(UserEntity, { id }, { trustedFlagger: trusted });
  }

  async delete(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.delete(UserEntity, { id });
  }
}
