"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, GroupErrors, inputClass } from "@/components/ui/field";
import type { StatementFormOptions } from "@/lib/editing/queries";
import type { FieldErrors } from "@/lib/statements/input-schema";
import { emptyCondition, type ConditionRowValues } from "@/lib/statements/form-values";
import { conditionPositionLabels, conditionPositions, conditionScopeLabels, conditionScopes } from "@/lib/statements/schema";


/**
 * The conditions a statement names, one row each. Rows are ordinary fields
 * named conditions.N.*, so the form submits them with or without JavaScript;
 * a blank row is ignored.
 */
export function ConditionRows({
  initial,
  errors,
  groups,
}: {
  initial: ConditionRowValues[];
  errors: FieldErrors;
  groups: StatementFormOptions["conditionGroups"];
}) {
  // Keys from a per-form counter (not a module one), so server and browser render the same keys.
  const [rows, setRows] = useState(() => (initial.length ? initial : [emptyCondition()]).map((values, key) => ({ key, values })));
  const nextKey = useRef(rows.length);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (focusKey === null) return;
    listRef.current?.querySelector<HTMLElement>(`[data-row="${focusKey}"] select`)?.focus();
  }, [focusKey]);

  return (
    <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-describedby="conditions-help">
      <legend className="px-1 text-base font-semibold">Conditions named</legend>
      <p id="conditions-help" className="text-xs text-stone-600">
        Each condition the speaker sets or answers: what it applies to (starting talks, a ceasefire, a final
        settlement) and their position on it. Leave a row on “no condition” to skip it.
      </p>
      <GroupErrors id="conditions-error" errors={errors.conditions} />
      <ol ref={listRef} className="space-y-3">
        {rows.map((row, i) => (
          <li key={row.key} data-row={row.key} className="grid gap-2 rounded border border-stone-200 p-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
            <Field id={`f-conditions-${i}-slug`} label={`Condition ${i + 1}`} errors={errors[`conditions.${i}.slug`]}>
              {(control) => (
                <select {...control} name={`conditions.${i}.slug`} defaultValue={row.values.slug} className={inputClass}>
                  <option value="">No condition</option>
                  {groups.map((g) => (
                    <optgroup key={g.group} label={g.group}>
                      {g.conditions.map((c) => (
                        <option key={c.slug} value={c.slug}>
                          {c.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`f-conditions-${i}-appliesTo`} label="Applies to" errors={errors[`conditions.${i}.appliesTo`]}>
              {(control) => (
                <select {...control} name={`conditions.${i}.appliesTo`} defaultValue={row.values.appliesTo} className={inputClass}>
                  {conditionScopes.map((s) => (
                    <option key={s} value={s}>
                      {conditionScopeLabels[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`f-conditions-${i}-position`} label="Position" errors={errors[`conditions.${i}.position`]}>
              {(control) => (
                <select {...control} name={`conditions.${i}.position`} defaultValue={row.values.position} className={inputClass}>
                  {conditionPositions.map((p) => (
                    <option key={p} value={p}>
                      {conditionPositionLabels[p]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Button variant="secondary" onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))} aria-label={`Remove condition ${i + 1}`}>
              Remove
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        onClick={() => {
          const added = { key: nextKey.current++, values: emptyCondition() };
          setRows((r) => [...r, added]);
          setFocusKey(added.key);
        }}
      >
        Add a condition
      </Button>
    </fieldset>
  );
}
