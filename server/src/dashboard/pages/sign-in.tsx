import { Layout, Notice } from '../components/layout.js';

export function SignInPage({ next, error }: { next: string; error?: string }) {
  return (
    <Layout title="Sign in">
      {error && <Notice kind="error">{error}</Notice>}
      <form method="post" action="/dashboard/sign-in" class="card">
        <input type="hidden" name="next" value={next} />
        <label>
          Account API key
          <input type="password" name="api_key" autocomplete="off" required placeholder="sk_test_…" />
        </label>
        <p>The key is checked once and not stored in the browser; the session ends after 30 minutes idle.</p>
        <button type="submit">Sign in</button>
      </form>
      <p>
        <a href="/dashboard/status">Service status</a> (public)
      </p>
    </Layout>
  );
}

/** A link printed at sandbox start: a GET must not use it up (link scanners prefetch), so the button posts it. */
export function SignInLinkPage({ token }: { token: string }) {
  return (
    <Layout title="Sign in">
      <form method="post" action="/dashboard/sign-in/link" class="card">
        <input type="hidden" name="token" value={token} />
        <p>This one-time link signs this browser in to the sandbox account.</p>
        <button type="submit">Continue to the dashboard</button>
      </form>
    </Layout>
  );
}

export function ErrorPage({ status, title, detail, csrf }: { status: number; title: string; detail: string; csrf?: string }) {
  return (
    <Layout title={title} {...(csrf !== undefined ? { csrf } : {})}>
      <Notice kind="error">{`${status}: ${detail}`}</Notice>
      <p>
        <a href="/dashboard">Back to the overview</a>
      </p>
    </Layout>
  );
}
