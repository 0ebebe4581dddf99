/**
 * Name and value pairs edited as rows: the session's extra front-matter fields (`image`, `license_prose`...) and
 * its reference labels (a link's address and the label it gets). Each row has its own labelled inputs and a
 * Remove button; "Add" appends an empty row and moves the focus to it.
 */
import { useEffect, useRef } from 'preact/hooks';

export type Row = { name: string; value: string };

interface Props {
  /** Names the group and its buttons: "Front matter field", "Reference label". */
  what: string;
  nameLabel: string;
  valueLabel: string;
  prefix: string;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  namePlaceholder?: string;
  valuePlaceholder?: string;
}

export function rowsOf(record: Readonly<Record<string, string>> | undefined): Row[] {
  return Object.entries(record ?? {}).map(([name, value]) => ({ name, value }));
}

/** The rows as a record: rows without a name are left out, a later row with the same name wins. */
export function recordOf(rows: readonly Row[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, value } of rows) if (name.trim()) out[name.trim()] = value;
  return out;
}

export function FieldRows(props: Props) {
  const { what, rows, onChange, prefix } = props;
  const added = useRef(false);
  const last = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (added.current) last.current?.focus();
    added.current = false;
  }, [rows.length]);
  const set = (i: number, patch: Partial<Row>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <fieldset class="field-rows">
      <legend>{what}s</legend>
      {rows.map((row, i) => (
        <div class="row" key={i}>
          <label for={`${prefix}-name-${i}`} class="visually-hidden">
            {props.nameLabel} {i + 1}
          </label>
          <input
            id={`${prefix}-name-${i}`}
            ref={i === rows.length - 1 ? last : undefined}
            value={row.name}
            placeholder={props.namePlaceholder}
            onInput={(e) => set(i, { name: e.currentTarget.value })}
          />
          <label for={`${prefix}-value-${i}`} class="visually-hidden">
            {props.valueLabel} {i + 1}
          </label>
          <input
            id={`${prefix}-value-${i}`}
            value={row.value}
            placeholder={props.valuePlaceholder}
            onInput={(e) => set(i, { value: e.currentTarget.value })}
          />
          <button
            type="button"
            aria-label={`Remove ${what.toLowerCase()} ${row.name || i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => {
          added.current = true;
          onChange([...rows, { name: '', value: '' }]);
        }}
      >
        Add {what.toLowerCase()}
      </button>
    </fieldset>
  );
}
