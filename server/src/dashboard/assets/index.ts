// The dashboard's only static assets, served from memory with a content hash in their path, so a page can be
// cached for a year and the CSP can say script-src 'self' with no inline script or style anywhere.
import { createHash } from 'node:crypto';
import { CSS } from './css.js';
import { JS } from './js.js';

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export const ASSETS: Record<string, { body: string; type: string }> = {
  [`app.${hash(CSS)}.css`]: { body: CSS, type: 'text/css; charset=utf-8' },
  [`app.${hash(JS)}.js`]: { body: JS, type: 'text/javascript; charset=utf-8' },
};

export const ASSET_PATHS = {
  css: `/dashboard/assets/app.${hash(CSS)}.css`,
  js: `/dashboard/assets/app.${hash(JS)}.js`,
};
