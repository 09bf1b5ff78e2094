/**
 * `pnpm bench`: validations per second of validateInvoice (schema + every business rule) for a
 * 10-item and a 1000-item invoice, each beside a baseline measured in the same run: JSON.parse
 * of the same payload. Prints ops/s and the ratio (how many JSON.parse calls one validation costs).
 */
import { validateInvoice } from '../src/index.js';
import { ctx, inv } from '../test/fixtures.js';

function opsPerSec(fn: () => unknown, minMs = 1500): number {
  for (let i = 0; i < 20; i++) fn(); // warm-up
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    for (let i = 0; i < 10; i++) fn();
    n += 10;
    t = performance.now();
  }
  return (n * 1000) / (t - t0);
}

const rows: Array<Record<string, string>> = [];
for (const items of [10, 1000]) {
  const invoice = inv().items(items).build();
  const payload = JSON.stringify(invoice);
  const c = ctx();
  const check = validateInvoice(JSON.parse(payload), c);
  if (!check.ok) throw new Error(`bench fixture invalid: ${JSON.stringify(check.errors.slice(0, 3))}`);
  const parse = opsPerSec(() => JSON.parse(payload));
  const validate = opsPerSec(() => validateInvoice(invoice, c));
  const both = opsPerSec(() => validateInvoice(JSON.parse(payload), c));
  rows.push({
    items: String(items),
    'payload bytes': String(payload.length),
    'JSON.parse ops/s': parse.toFixed(0),
    'validateInvoice ops/s': validate.toFixed(0),
    'parse+validate ops/s': both.toFixed(0),
    'validate / parse time ratio': `${(parse / validate).toFixed(2)}x`,
  });
}
console.log(`@einvoice/gst benchmark (node ${process.version})`);
console.table(rows);
