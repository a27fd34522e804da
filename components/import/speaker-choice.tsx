import { Field, GroupErrors, inputClass } from "@/components/ui/field";
import type { AcceptValues } from "@/lib/import/review";
import type { FieldErrors } from "@/lib/statements/input-schema";

/**
 * Who said it, for a speaker the extractor could not match to a recorded
 * actor: one of them, or a new actor recorded with the statement.
 */
export function SpeakerChoice({
  idPrefix,
  asWritten,
  values,
  errors,
  actors,
}: {
  idPrefix: string;
  asWritten: string;
  values: AcceptValues;
  errors: FieldErrors;
  actors: { slug: string; name: string }[];
}) {
  const newChosen = values.speakerMode === "new";
  return (
    <fieldset
      className="space-y-3 rounded border border-amber-300 bg-white p-3"
      aria-describedby={errors.actor?.length ? `${idPrefix}-speaker-error` : undefined}
    >
      <legend className="px-1 text-sm font-semibold">
        Who said it? <q>{asWritten}</q> is not a recorded actor
      </legend>
      <GroupErrors id={`${idPrefix}-speaker-error`} errors={errors.actor} />
      <div className="space-y-2">
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="speakerMode" value="existing" defaultChecked={!newChosen} />
          An actor already recorded
        </label>
        <div className="pl-6">
          <Field id={`${idPrefix}-actor`} label="Actor">
            {(control) => (
              <select {...control} name="actor" defaultValue={values.actor} className={inputClass}>
                <option value="">Choose…</option>
                {actors.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="speakerMode" value="new" defaultChecked={newChosen} />
          A new actor
        </label>
        <div className="grid gap-3 pl-6 sm:grid-cols-[1fr_10rem]">
          <Field id={`${idPrefix}-newActor-name`} label="Name of the new actor" errors={errors["newActor.name"]}>
            {(control) => <input {...control} name="newActor.name" defaultValue={values.newActorName} className={inputClass} />}
          </Field>
          <Field id={`${idPrefix}-newActor-kind`} label="Kind" errors={errors["newActor.kind"]}>
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
