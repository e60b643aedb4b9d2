import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from 'src/auth/auth.guard';
import { AuthResolver } from 'src/auth/auth.resolver';
import { AuthService } from 'src/auth/auth.service';
import { PasswordHasher } from 'src/auth/password-hasher';
import { TokenService } from 'src/auth/token.service';
import { UsersRepository } from 'src/auth/users.repository';

@Global()
@Module({
  providers: [
    UsersRepository,
    TokenService,
    PasswordHasher,
    AuthService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, UsersRepository, TokenService, PasswordHasher],
})
export class AuthModule {}
