// Headers every response carries: no MIME sniffing (a JSON body is never run as script or rendered as HTML),
// and on the one HTML page (the API reference at /) a Content-Security-Policy that lets only the page's own
// inline bundle run: no third-party script, no framing, no form posts, requests only to this origin.
import type { MiddlewareHandler } from 'hono';

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
  c.header('x-content-type-options', 'nosniff');
  // The dashboard sets its own, stricter policy (dashboard/render.ts).
  if (c.res.headers.get('content-type')?.startsWith('text/html') && !c.res.headers.has('content-security-policy'))
    c.header('content-security-policy', REFERENCE_CSP);
};
