/** An API client as NIC registers it (client_id/client_secret), with its users. */
export interface ClientRegistration {
  clientId: string;
  clientSecret: string;
  /** userName -> password. Omitted: any user name is accepted with `defaultPassword`. */
  users?: Record<string, string>;
  /** Password accepted for any user name when `users` is omitted. */
  defaultPassword?: string;
  /** GSTINs this client may act for. Omitted: any GSTIN the master knows. */
  gstins?: string[];
}

/** A GSP application registered for the Adaequare-style enriched API (gspappid/gspappsecret). */
export interface GspAppRegistration {
  appId: string;
  appSecret: string;
}

/** Documented in README.md: works out of the box, for any user name, with password `sandbox`. */
export const DEFAULT_CLIENT: ClientRegistration = {
  clientId: 'SANDBOX_CLIENT_ID',
  clientSecret: 'SANDBOX_CLIENT_SECRET',
  defaultPassword: 'sandbox',
};

export const DEFAULT_GSP_APP: GspAppRegistration = { appId: 'SANDBOX_GSP_APP_ID', appSecret: 'SANDBOX_GSP_APP_SECRET' };

export type UserCheck = { ok: true } | { ok: false; code: '1017' | '1019' };

export function checkUser(client: ClientRegistration, userName: string, password: string): UserCheck {
  if (client.users) {
    const expected = client.users[userName];
    if (expected === undefined) return { ok: false, code: '1017' };
    return expected === password ? { ok: true } : { ok: false, code: '1019' };
  }
  return password === (client.defaultPassword ?? 'sandbox') ? { ok: true } : { ok: false, code: '1019' };
}
