export type Role = 'ADMIN' | 'PARTNERSHIP_ADMIN' | 'EMPLOYER' | 'CANDIDATE';

export interface Session {
  token: string;
  expiresAt: string;
  user: { id: string; email: string; role: Role };
}

const KEY = 'pathways.console.session';
export const CONSOLE_ROLES: readonly Role[] = ['ADMIN', 'PARTNERSHIP_ADMIN'];

/**
 * The session lives in this tab only (sessionStorage): it survives a reload, not the tab,
 * and other sites cannot read it. The API checks the token on every request anyway.
 */
export function loadSession(now: number = Date.now()): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (!session.token || Date.parse(session.expiresAt) <= now) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
