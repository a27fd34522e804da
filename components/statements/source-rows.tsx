"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, GroupErrors, inputClass } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/statements/input-schema";
import { emptySource, type SourceRowValues } from "@/lib/statements/form-values";
import { sourceKindLabels, sourceKinds } from "@/lib/statements/schema";


/** The sources of a statement, primary first; submitted as ordinary fields named sources.N.*. */
export function SourceRows({ initial, errors }: { initial: SourceRowValues[]; errors: FieldErrors }) {
  // Keys from a per-form counter (not a module one), so server and browser render the same keys.
  const [rows, setRows] = useState(() => (initial.length ? initial : [emptySource()]).map((values, key) => ({ key, values })));
  const nextKey = useRef(rows.length);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (focusKey === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-row="${focusKey}"] input`)?.focus();
  }, [focusKey]);

  return (
    <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-describedby="sources-help">
      <legend className="px-1 text-base font-semibold">Sources</legend>
      <p id="sources-help" className="text-xs text-stone-600">
        At least one. The first is the primary source: prefer an official transcript, then a wire report. Keep the
        outlet and title even without a link, so the source can be found if the link dies.
      </p>
      <GroupErrors id="sources-error" errors={errors.sources} />
      <ol ref={listRef} className="space-y-3">
        {rows.map((row, i) => (
          <li key={row.key} data-row={row.key} className="space-y-2 rounded border border-stone-200 p-3">
            <p className="text-sm font-medium text-stone-700">{i === 0 ? "Source 1 (primary)" : `Source ${i + 1}`}</p>
            <Field id={`f-sources-${i}-url`} label="Address (URL)" hint="https://…" errors={errors[`sources.${i}.url`]}>
              {(control) => (
                <input {...control} type="url" inputMode="url" name={`sources.${i}.url`} defaultValue={row.values.url} className={inputClass} />
              )}
            </Field>
            <div className="grid gap-2 sm:grid-cols-2">
              <Field id={`f-sources-${i}-outlet`} label="Outlet" required errors={errors[`sources.${i}.outlet`]}>
                {(control) => <input {...control} name={`sources.${i}.outlet`} defaultValue={row.values.outlet} className={inputClass} />}
              </Field>
              <Field id={`f-sources-${i}-kind`} label="Kind of source" errors={errors[`sources.${i}.kind`]}>
                {(control) => (
                  <select {...control} name={`sources.${i}.kind`} defaultValue={row.values.kind} className={inputClass}>
                    {sourceKinds.map((k) => (
                      <option key={k} value={k}>
                        {sourceKindLabels[k]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Field id={`f-sources-${i}-title`} label="Title" required errors={errors[`sources.${i}.title`]}>
              {(control) => <input {...control} name={`sources.${i}.title`} defaultValue={row.values.title} className={inputClass} />}
            </Field>
            <div className="flex flex-wrap items-end justify-between gap-2">
              <Field id={`f-sources-${i}-publishedOn`} label="Published on" errors={errors[`sources.${i}.publishedOn`]}>
                {(control) => (
                  <input {...control} type="date" name={`sources.${i}.publishedOn`} defaultValue={row.values.publishedOn} className={inputClass} />
                )}
              </Field>
              <Button variant="secondary" onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))} aria-label={`Remove source ${i + 1}`}>
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        onClick={() => {
          const added = { key: nextKey.current++, values: emptySource() };
          setRows((r) => [...r, added]);
          setFocusKey(added.key);
        }}
      >
        Add a source
      </Button>
    </fieldset>
  );
}
