// Shared building blocks of the pages: a table with a header row, a labelled select, a date range, a
// secret shown once with its copy button.
import type { Child } from 'hono/jsx';

/** Header cells named in `narrow` are hidden on a phone-width screen (their cells carry class hide-narrow). */
/**
 * `label` names the table for screen readers; `lead`: a first header cell that is not text (a select-all
 * checkbox). The wrapper scrolls sideways on a narrow screen, so it takes keyboard focus (axe: scrollable-region-focusable).
 */
export function Table(props: { label: string; head: string[]; narrow?: string[]; lead?: Child; children?: Child }) {
  const { head, narrow = [], lead, children } = props;
  return (
    <div class="scroll" tabindex={0} role="region" aria-label={props.label}>
      <table>
        <thead>
          <tr>
            {lead !== undefined && <th scope="col">{lead}</th>}
            {head.map((h) => (
              <th scope="col" class={narrow.includes(h) ? 'hide-narrow' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** `choices`: [value, text]; a value of '' reads "Any" unless its text says otherwise. */
export function Select({ label, name, value, choices }: { label: string; name: string; value: string; choices: (string | [string, string])[] }) {
  return (
    <label>
      {label}
      <select name={name}>
        {choices.map((c) => {
          const [v, text] = typeof c === 'string' ? [c, c || 'Any'] : c;
          return (
            <option value={v} selected={v === value}>
              {text}
            </option>
          );
        })}
      </select>
    </label>
  );
}

export function DateRange({ from, to, what }: { from: string; to: string; what: string }) {
  return (
    <>
      <label>
        {`${what} from`}
        <input type="date" name="from" value={from} />
      </label>
      <label>
        {`${what} to`}
        <input type="date" name="to" value={to} />
      </label>
    </>
  );
}

/** A secret shown once (never stored in the page's URL or cache) with a copy button. */
export function SecretValue({ id, value }: { id: string; value: string }) {
  return (
    <>
      <code class="secret" id={id}>
        {value}
      </code>{' '}
      <button type="button" class="secondary" data-copy={id}>
        Copy
      </button>
    </>
  );
}
