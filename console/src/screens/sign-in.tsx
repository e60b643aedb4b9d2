import { useState } from 'react';
import { ApiError } from '../api/client';
import { signIn } from '../api/queries';
import { CONSOLE_ROLES, type Session } from '../api/session';
import { describeError } from '../components/messages';
import { Screen } from '../components/screen';
import { texts } from '../texts';

export function SignIn({ onSignedIn, notice }: { onSignedIn: (session: Session) => void; notice: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const session = await signIn(email.trim(), password);
      if (!CONSOLE_ROLES.includes(session.user.role)) {
        setProblem(texts.errors.wrongRole);
        return;
      }
      onSignedIn(session);
    } catch (error) {
      const wrong = error instanceof ApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'BAD_USER_INPUT');
      setProblem(wrong ? texts.signIn.failed : describeError(error));
    } finally {
      setBusy(false);
      setPassword('');
    }
  }

  return (
    <div className="sign-in">
      <Screen title={texts.signIn.title} intro={texts.signIn.intro}>
        {notice ? <p className="message message-info">{notice}</p> : null}
        <form onSubmit={(e) => void submit(e)} aria-describedby={problem ? 'sign-in-problem' : undefined}>
          <label htmlFor="email">{texts.signIn.email}</label>
          <input
            id="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <label htmlFor="password">{texts.signIn.password}</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {problem ? (
            <p id="sign-in-problem" className="message message-error" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit" disabled={busy}>
            {busy ? texts.signIn.busy : texts.signIn.submit}
          </button>
        </form>
      </Screen>
    </div>
  );
}
