// NIC's e-invoice login (POST /eivital/v1.04/auth) sends the API user's name and password, with a fresh AppKey,
// as one JSON object, base64-encoded and then RSA-encrypted (PKCS#1 v1.5) under the IRP's 2048-bit key. PKCS#1
// v1.5 fits at most 256 - 11 = 245 bytes in one block, so the name and password together have a hard ceiling
// that no API user can exceed; a pair over it cannot even be sent. Checked up front so such a pair is refused
// as bad input instead of looking like an IRP outage.

/** The largest plaintext RSA-2048 with PKCS#1 v1.5 padding encrypts in one block. */
export const NIC_LOGIN_BLOCK_BYTES = 245;

/** The login object exactly as NicClient.auth sends it (AppKey: 32 random bytes in base64). */
export function nicLoginPayload(userName: string, password: string, appKeyBase64: string, forceRefresh: boolean) {
  const body = { UserName: userName, Password: password, AppKey: appKeyBase64, ForceRefreshAccessToken: forceRefresh };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64');
}

/** How many bytes the login block of this user name and password needs (at its largest: `false`). */
export function nicLoginBytes(userName: string, password: string): number {
  return nicLoginPayload(userName, password, 'A'.repeat(44), false).length;
}

/** Whether NIC's login can carry this user name and password at all. */
export function nicLoginFits(userName: string, password: string): boolean {
  return nicLoginBytes(userName, password) <= NIC_LOGIN_BLOCK_BYTES;
}
