"use client";

import { useId, useMemo, useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { normalizeName } from "@/lib/actors/normalize";
import type { StatementFormOptions } from "@/lib/editing/queries";
import type { FieldErrors } from "@/lib/statements/input-schema";
import type { StatementFormValues } from "@/lib/statements/form-values";

/**
 * Who said it: an actor already recorded (search as you type, by name or any
 * spelling) or a new one with their other spellings. Both groups are in the
 * page; CSS shows the chosen one, so the choice works without JavaScript too.
 */
export function ActorField({
  values,
  errors,
  actors,
}: {
  values: StatementFormValues;
  errors: FieldErrors;
  actors: StatementFormOptions["actors"];
}) {
  const listId = useId();
  const [typed, setTyped] = useState(values.actor);
  const lookup = useMemo(() => {
    const map = new Map<string, string>();
    for (const a of actors) for (const n of [a.slug, a.name, ...a.aliases]) map.set(normalizeName(n), a.name);
    return map;
  }, [actors]);
  const match = typed.trim() ? lookup.get(normalizeName(typed)) : undefined;

  return (
    <fieldset className="group space-y-3 rounded border border-stone-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">Who said it</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" name="actorMode" value="existing" defaultChecked={values.actorMode === "existing"} />
          An actor already recorded
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="actorMode" value="new" data-actor-mode="new" defaultChecked={values.actorMode === "new"} />
          A new actor
        </label>
      </div>

      <div className="group-has-[[data-actor-mode=new]:checked]:hidden">
        <Field
          id="f-actor"
          label="Actor"
          required
          hint="Type a name or any spelling (Zelenskyy, Zelenskiy…) and choose from the list."
          errors={errors.actor}
        >
          {(control) => (
            <input
              {...control}
              name="actor"
              list={listId}
              autoComplete="off"
              defaultValue={values.actor}
              onChange={(e) => setTyped(e.currentTarget.value)}
              className={inputClass}
            />
          )}
        </Field>
        <datalist id={listId}>
          {actors.map((a) => (
            <option key={a.slug} value={a.name}>
              {a.aliases.length ? `also ${a.aliases.join(", ")}` : a.slug}
            </option>
          ))}
        </datalist>
        <p className="mt-1 min-h-5 text-xs text-stone-600" aria-live="polite">
          {typed.trim() && (match ? <>Recorded actor: {match}</> : <>No recorded actor by that name yet.</>)}
        </p>
      </div>

      <div className="hidden space-y-3 group-has-[[data-actor-mode=new]:checked]:block">
        <Field id="f-newActor-name" label="Name of the new actor" required errors={errors["newActor.name"]}>
          {(control) => (
            <input {...control} name="newActor.name" defaultValue={values.newActorName} className={inputClass} />
          )}
        </Field>
        <Field
          id="f-newActor-aliases"
          label="Other spellings"
          hint="One per line, as outlets write the name (Erdogan, Erdoğan). Search finds the actor by any of them."
          errors={errors["newActor.aliases"]}
        >
          {(control) => (
            <textarea {...control} name="newActor.aliases" rows={3} defaultValue={values.newActorAliases} className={inputClass} />
          )}
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="f-newActor-affiliation" label="Affiliation" hint="Country or organisation" errors={errors["newActor.affiliation"]}>
            {(control) => (
              <input {...control} name="newActor.affiliation" defaultValue={values.newActorAffiliation} className={inputClass} />
            )}
          </Field>
          <Field id="f-newActor-kind" label="Kind" errors={errors["newActor.kind"]}>
            {(control) => (
              <select {...control} name="newActor.kind" defaultValue={values.newActorKind} className={inputClass}>
                <option value="person">Person</option>
                <option value="organisation">Organisation</option>
              </select>
            )}
          </Field>
        </div>
      </div>
    </fieldset>
  );
}
