// A small column chart as inline SVG (no style attributes, so the CSP needs no 'unsafe-inline'): one column per
// slot, two stacked parts each (the overview's requests per hour, the usage page's units per day).

export interface Column {
  /** The lower part (green), the upper part (`upperFill`). */
  lower: number;
  upper: number;
  /** Written under the column when set. */
  tick?: string;
}

export function StackedColumns(props: { columns: Column[]; label: string; width: number; upperFill: string }) {
  const { columns, width: bar } = props;
  const max = Math.max(1, ...columns.map((c) => c.lower + c.upper));
  const height = 120;
  return (
    <svg
      class="bars"
      viewBox={`0 0 ${bar * columns.length} ${height + 18}`}
      width={bar * columns.length}
      height={height + 18}
      role="img"
      aria-label={props.label}
    >
      {columns.map((col, i) => {
        const lower = (col.lower / max) * height;
        const upper = (col.upper / max) * height;
        return (
          <g>
            <rect x={i * bar + 2} y={height - lower - upper} width={bar - 4} height={upper} fill={props.upperFill} />
            <rect x={i * bar + 2} y={height - lower} width={bar - 4} height={lower} fill="#2f9e44" />
            {col.tick !== undefined && (
              <text x={i * bar + 2} y={height + 14}>
                {col.tick}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
