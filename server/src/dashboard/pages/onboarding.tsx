// The hosted onboarding page (issue #24): a business enters its IRP API user for the GSTIN a platform named.
// Public (the link is the credential), so it shows only what the link's holder may know.
import type { GstnErrorItem } from '../../app/problems.js';
import type { OpenLink } from '../../app/usecases/onboarding.js';
import { Csrf, Fact, Layout, Notice, Time } from '../components/layout.js';

const TITLE = 'Connect your e-invoice API user';

/** What NIC's code means to the person at the form; the hint says what to do about it. */
function refusalText(failure: GstnErrorItem): string {
  const nic = failure.message ? `NIC ${failure.code}: ${failure.message}` : `NIC ${failure.code}`;
  if (failure.code === '1019') return `Wrong password (${nic}).`;
  if (failure.code === '1017') return `Unknown user name (${nic}).`;
  if (failure.code === 'irp_login_too_long') return 'The user name and password are too long together for the IRP.';
  return `The IRP refused this user name or password (${nic}).`;
}

export function OnboardingPage(props: {
  open: OpenLink;
  token: string;
  csrf: string;
  username?: string;
  failure?: GstnErrorItem;
  fieldErrors?: string[];
}) {
  const { open, token, failure } = props;
  const { link } = open;
  return (
    <Layout title={TITLE}>
      {failure && (
        <Notice kind="error">
          {`${refusalText(failure)}${failure.hint ? ` ${failure.hint}` : ''} Nothing was stored. Attempts left: ${open.attemptsLeft}.`}
        </Notice>
      )}
      {props.fieldErrors?.length ? <Notice kind="error">{props.fieldErrors.join(' ')}</Notice> : null}
      <p>
        {`${open.accountName} asks you to connect GSTIN ${link.gstin} to its e-invoicing. Enter the API user you created for it on the e-invoice portal (IRP). The password is checked with the IRP and stored encrypted; ${open.accountName} sees only whether the connection worked, never the password.`}
      </p>
      <dl class="facts">
        <Fact label="GSTIN">{link.gstin}</Fact>
        <Fact label="Requested by">{open.accountName}</Fact>
        <Fact label="Environment">{link.environment}</Fact>
        <Fact label="Link expires">
          <Time at={link.expiresAt} />
        </Fact>
      </dl>
      {link.description && <p>{link.description}</p>}
      {open.attemptsLeft > 0 && (
        <form method="post" action={`/onboarding/${token}`} class="card stack">
          <Csrf token={props.csrf} />
          <label>
            IRP API user name
            <input name="irp_username" autocomplete="username" required maxlength={100} value={props.username ?? ''} />
          </label>
          <label>
            IRP API password
            <input type="password" name="irp_password" autocomplete="current-password" required maxlength={100} />
          </label>
          <button type="submit">Connect</button>
        </form>
      )}
    </Layout>
  );
}

export function OnboardingDonePage({ gstin, accountName }: { gstin: string; accountName: string }) {
  return (
    <Layout title="Connected">
      <Notice kind="ok">{`The IRP accepted the API user. GSTIN ${gstin} is connected to ${accountName}; you can close this page.`}</Notice>
      <p>This link is now used up. To change the API user later, ask {accountName} for a new link.</p>
    </Layout>
  );
}

/** Unknown, expired, revoked, replaced or used: one page for all, so a token says nothing about other tokens. */
export function OnboardingUnusablePage() {
  return (
    <Layout title="This link cannot be used">
      <Notice kind="error">
        This onboarding link is not valid: it may have expired, been used already or been replaced by a newer one.
      </Notice>
      <p>Ask the service that sent it for a new link.</p>
    </Layout>
  );
}

export function OnboardingErrorPage({ title, detail }: { title: string; detail: string }) {
  return (
    <Layout title={title}>
      <Notice kind="error">{detail}</Notice>
    </Layout>
  );
}
