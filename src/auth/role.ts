export enum Role {
  CANDIDATE = 'CANDIDATE',
  EMPLOYER = 'EMPLOYER',
  PARTNERSHIP_ADMIN = 'PARTNERSHIP_ADMIN',
  ADMIN = 'ADMIN',
}

export const ALL_ROLES: readonly Role[] = [Role.CANDIDATE, Role.EMPLOYER, Role.PARTNERSHIP_ADMIN, Role.ADMIN];

/** The signed-in caller, as guards and services see it. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
}
