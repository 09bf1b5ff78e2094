// The latency breakdown as one stacked bar (inline SVG: no style attributes, so the CSP needs no 'unsafe-inline').
const PARTS: [string, string][] = [
  ['auth', '#4c6ef5'],
  ['validation', '#7048e8'],
  ['queue', '#f08c00'],
  ['upstream', '#e03131'],
  ['storage', '#2f9e44'],
  ['other', '#868e96'],
];

/** `other`: the rest of the total (the handler's own work, serialising the answer). */
export function LatencyBar({ latency: measured }: { latency: Record<string, number> }) {
  const counted = PARTS.reduce((s, [k]) => s + (k === 'other' ? 0 : (measured[k] ?? 0)), 0);
  const other = Math.round(Math.max(0, (measured.total ?? 0) - counted) * 100) / 100;
  const latency: Record<string, number> = { ...measured, other };
  const total = Math.max(latency.total ?? 0, counted, 0.01);
  const width = 600;
  let x = 0;
  const label = PARTS.map(([k]) => `${k} ${latency[k] ?? 0} ms`).join(', ');
  return (
    <figure>
      <svg class="bars" viewBox={`0 0 ${width} 56`} width={width} height={56} role="img" aria-label={`Latency: ${label}; total ${latency.total ?? 0} ms`}>
        {PARTS.map(([k, colour]) => {
          const w = ((latency[k] ?? 0) / total) * width;
          const rect = <rect x={x} y={0} width={Math.max(w, 0)} height={22} fill={colour} />;
          x += w;
          return rect;
        })}
        <text x={0} y={42}>{`total ${latency.total ?? 0} ms`}</text>
      </svg>
      <figcaption>
        <ul class="legend">
          {PARTS.map(([k]) => (
            <li>{`${k}: ${latency[k] ?? 0} ms`}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
