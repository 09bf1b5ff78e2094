// Headers every response carries: no MIME sniffing (a JSON body is never run as script or rendered as HTML),
// and on the one HTML page (the API reference at /) a Content-Security-Policy that lets only the page's own
// inline bundle run: no third-party script, no framing, no form posts, requests only to this origin.
import type { Context, MiddlewareHandler } from 'hono';

export const REFERENCE_CSP = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  setOnResponse(c, 'x-content-type-options', 'nosniff');
  // The dashboard sets its own, stricter policy (dashboard/render.ts).
  if (c.res.headers.get('content-type')?.startsWith('text/html') && !c.res.headers.has('content-security-policy'))
    setOnResponse(c, 'content-security-policy', REFERENCE_CSP);
};

/**
 * Sets a header on the finished response in place. Hono's `c.header()` after the handler rebuilds the response
 * from its body, which turns the node adapter's light response (a string written in one go) into a Fetch API
 * Response with a web stream: measurable CPU on every API answer (issue #19). Headers that cannot be changed
 * (a response another fetch produced) go through `c.header()` as before.
 */
function setOnResponse(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}
