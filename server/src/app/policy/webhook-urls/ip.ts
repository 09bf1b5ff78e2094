// IP address classification for the SSRF guard. Pure: strict parsers (no inet_aton leniency: the URL parser
// has already canonicalised odd IPv4 forms like 0x7f.1 or 2130706433) and CIDR tables. IPv6 addresses that
// embed an IPv4 one (IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96) are judged by the embedded address,
// so [::ffff:7f00:1] is loopback, exactly like 127.0.0.1.

export type IpClass = { kind: 'public' } | { kind: 'loopback' } | { kind: 'blocked'; label: string };

export interface ParsedIp {
  family: 4 | 6;
  bytes: Uint8Array; // 4 or 16
}

export function parseIPv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const p = parts[i]!;
    if (!/^(0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return undefined;
    bytes[i] = Number(p);
  }
  return bytes;
}

export function parseIPv6(text: string): Uint8Array | undefined {
  let s = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone); // fe80::1%eth0: the zone does not change the class
  if (!/^[0-9a-fA-F:.]+$/.test(s) || !s.includes(':')) return undefined;
  let tail: Uint8Array | undefined;
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    tail = parseIPv4(s.slice(lastColon + 1));
    if (!tail) return undefined;
    s = `${s.slice(0, lastColon + 1)}0:0`; // two placeholder groups, filled from `tail` below
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    const g = all[i]!;
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    const v = parseInt(g, 16);
    bytes[i * 2] = v >> 8;
    bytes[i * 2 + 1] = v & 0xff;
  }
  if (tail) bytes.set(tail, 12);
  return bytes;
}

export function parseIp(text: string): ParsedIp | undefined {
  const v4 = parseIPv4(text);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIPv6(text);
  return v6 ? { family: 6, bytes: v6 } : undefined;
}

type Range = [prefix: number[], bits: number, label: string];

// Special-purpose IPv4 blocks (IANA registry) that a webhook must never reach. 'loopback' is the one class a
// test server may allow (WEBHOOK_ALLOW_LOOPBACK); everything else here is always refused.
const V4: Range[] = [
  [[0], 8, 'unspecified'],
  [[10], 8, 'private'],
  [[100, 64], 10, 'cgnat'],
  [[127], 8, 'loopback'],
  [[169, 254], 16, 'link_local'],
  [[172, 16], 12, 'private'],
  [[192, 0, 0], 24, 'ietf_reserved'],
  [[192, 0, 2], 24, 'documentation'],
  [[192, 88, 99], 24, '6to4_relay'],
  [[192, 168], 16, 'private'],
  [[198, 18], 15, 'benchmarking'],
  [[198, 51, 100], 24, 'documentation'],
  [[203, 0, 113], 24, 'documentation'],
  [[224], 4, 'multicast'],
  [[240], 4, 'reserved'], // includes 255.255.255.255 broadcast
];

const V6: Range[] = [
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 128, 'unspecified'],
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128, 'loopback'],
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 96, 'ipv4_compatible'], // deprecated ::a.b.c.d
  [[0, 0x64, 0xff, 0x9b, 0, 1], 48, 'nat64_local'],
  [[1, 0, 0, 0, 0, 0, 0, 0], 64, 'discard'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'],
  [[0x20, 0x01, 0], 23, 'ietf_reserved'], // includes Teredo 2001::/32
  [[0x20, 0x02], 16, '6to4'], // embeds an IPv4 address we cannot vouch for
  [[0xfc], 7, 'unique_local'],
  [[0xfe, 0x80], 10, 'link_local'],
  [[0xfe, 0xc0], 10, 'site_local'],
  [[0xff], 8, 'multicast'],
];

function inRange(bytes: Uint8Array, prefix: number[], bits: number): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const i = bit / 8;
    const take = Math.min(8, bits - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[i]! & mask) !== ((prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

function fromTable(bytes: Uint8Array, table: Range[]): IpClass {
  // Most specific first: ::1/128 must win over ::/96.
  const hit = table.filter(([p, bits]) => inRange(bytes, p, bits)).sort((a, b) => b[1] - a[1])[0];
  if (!hit) return { kind: 'public' };
  return hit[2] === 'loopback' ? { kind: 'loopback' } : { kind: 'blocked', label: hit[2] };
}

export function classifyIp(ip: ParsedIp): IpClass {
  if (ip.family === 4) return fromTable(ip.bytes, V4);
  const b = ip.bytes;
  const mapped = b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;
  const nat64 = inRange(b, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96);
  if (mapped || nat64) {
    const inner = fromTable(b.slice(12), V4);
    return inner.kind === 'blocked'
      ? { kind: 'blocked', label: `${mapped ? 'ipv4_mapped' : 'nat64'}_${inner.label}` }
      : inner;
  }
  return fromTable(b, V6);
}
