"use client";

import Link from "next/link";
import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { Field, GroupErrors, inputClass } from "@/components/ui/field";
import type { StatementFormOptions } from "@/lib/editing/queries";
import {
  errorsByFormField,
  formDataToValues,
  formValuesToInput,
  type StatementFormState,
} from "@/lib/statements/form-values";
import { fieldErrorsByPath, reasonSchema, statementInputSchema, type FieldErrors } from "@/lib/statements/input-schema";
import {
  ceasefireStanceLabels,
  ceasefireStances,
  datePrecisions,
  talksStanceLabels,
  talksStances,
} from "@/lib/statements/schema";
import { ActorField } from "./actor-field";
import { ConditionRows } from "./condition-rows";
import { ConflictNotice, DuplicateNotice, ErrorSummary } from "./form-notices";
import { SourceRows } from "./source-rows";

const precisionLabels = {
  day: "The day is known",
  week: "Only the week is known",
  month: "Only the month is known",
  year: "Only the year is known",
} as const;

/**
 * The statement form, for a new statement and for a correction. The same
 * schema as the server checks the fields before sending; the server action
 * answers with errors and the values sent, and the form is re-rendered from
 * them, so nothing typed is lost.
 */
export function StatementForm({
  mode,
  action,
  initialState,
  options,
  cancelHref,
}: {
  mode: "create" | "edit";
  action: (state: StatementFormState, form: FormData) => Promise<StatementFormState>;
  initialState: StatementFormState;
  options: StatementFormOptions;
  cancelHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? state.errors;
  const { values } = state;

  useEffect(() => {
    if (state.submission > 0) summaryRef.current?.focus();
  }, [state.submission]);
  useEffect(() => {
    if (clientErrors) summaryRef.current?.focus();
  }, [clientErrors]);

  const labels = useMemo(
    () => ({
      actors: new Map(options.actors.map((a) => [a.slug, a.name])),
      topics: new Map(options.topics.map((t) => [t.slug, t.label])),
      conditions: new Map(options.conditionGroups.flatMap((g) => g.conditions.map((c) => [c.slug, c.label] as const))),
    }),
    [options],
  );

  function checkBeforeSending(event: React.FormEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    const formValues = formDataToValues(form);
    const parsed = statementInputSchema.safeParse(formValuesToInput(formValues));
    const found: FieldErrors = parsed.success ? {} : errorsByFormField(fieldErrorsByPath(parsed.error), formValues);
    if (mode === "edit") {
      const reason = reasonSchema.safeParse(form.get("reason"));
      if (!reason.success) found.reason = reason.error.issues.map((i) => i.message);
    }
    if (Object.keys(found).length > 0) {
      event.preventDefault();
      setClientErrors(found);
    } else {
      setClientErrors(null);
    }
  }

  const summaryMessage = clientErrors ? "Some fields need attention." : state.message;

  return (
    <form
      key={state.submission}
      action={formAction}
      onSubmit={checkBeforeSending}
      noValidate
      className="space-y-6"
      aria-describedby="form-help"
    >
      <p id="form-help" className="text-sm text-stone-600">
        Fields marked “required” must be filled in. Everything else can be added later.
      </p>
      <ErrorSummary ref={summaryRef} message={summaryMessage} errors={errors} />
      {!clientErrors && state.duplicates && state.duplicates.length > 0 && <DuplicateNotice duplicates={state.duplicates} />}
      {!clientErrors && state.conflict && (
        <ConflictNotice changes={state.conflict.changes} currentVersion={state.conflict.currentVersion} labels={labels} />
      )}

      <ActorField values={values} errors={errors} actors={options.actors} />

      <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">When</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="f-saidOn" label="Date said" required errors={errors.saidOn} hint="The day the words were spoken or written.">
            {(control) => <input {...control} type="date" name="saidOn" defaultValue={values.saidOn} className={inputClass} />}
          </Field>
          <Field
            id="f-saidOnPrecision"
            label="How precisely the date is known"
            errors={errors.saidOnPrecision}
            hint="“Last week” in a report is a week; it is stored as that week's Monday and shown as a week."
          >
            {(control) => (
              <select {...control} name="saidOnPrecision" defaultValue={values.saidOnPrecision} className={inputClass}>
                {datePrecisions.map((p) => (
                  <option key={p} value={p}>
                    {precisionLabels[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id="f-publishedOn"
            label="First published on"
            errors={errors.publishedOn}
            hint="Only when it differs from the date said (an interview given on Friday, aired on Sunday)."
          >
            {(control) => <input {...control} type="date" name="publishedOn" defaultValue={values.publishedOn} className={inputClass} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4" aria-describedby="words-help">
        <legend className="px-1 text-base font-semibold">What was said</legend>
        <p id="words-help" className="text-sm text-stone-700">
          Give the <strong>quote</strong>, the <strong>paraphrase</strong>, or both. A quote is shown in quotation
          marks as the speaker&apos;s own words; a paraphrase is always labelled as one and never shown as a quote.
        </p>
        <Field
          id="f-quote"
          label="Verbatim quote"
          errors={errors.quote}
          hint="Exactly as the source prints it, in English translation if need be. Mark cuts with […]. No quotation marks around it."
        >
          {(control) => <textarea {...control} name="quote" rows={5} defaultValue={values.quote} className={`${inputClass} font-serif`} />}
        </Field>
        <Field
          id="f-paraphrase"
          label="Paraphrase"
          errors={errors.paraphrase}
          hint="The source's account of what was said (“Peskov said talks were not on the agenda”), when there are no verbatim words or as a summary."
        >
          {(control) => <textarea {...control} name="paraphrase" rows={3} defaultValue={values.paraphrase} className={inputClass} />}
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id="f-speakerAsWritten"
            label="Speaker as written"
            errors={errors.speakerAsWritten}
            hint="As the source names them: “Russian Foreign Minister Sergey Lavrov”."
          >
            {(control) => <input {...control} name="speakerAsWritten" defaultValue={values.speakerAsWritten} className={inputClass} />}
          </Field>
          <Field id="f-venue" label="Venue" errors={errors.venue} hint="Press conference, interview with…, address to…">
            {(control) => <input {...control} name="venue" defaultValue={values.venue} className={inputClass} />}
          </Field>
          <Field id="f-language" label="Language spoken" errors={errors.language} hint="A language code: ru, uk, en, de…">
            {(control) => <input {...control} name="language" defaultValue={values.language} className={inputClass} autoComplete="off" />}
          </Field>
          <Field
            id="f-translationPath"
            label="Translation path"
            errors={errors.translationPath}
            hint="How the words reached English: “Russian → English (TASS)”, “through an Italian interpreter”."
          >
            {(control) => <input {...control} name="translationPath" defaultValue={values.translationPath} className={inputClass} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">Stances</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="f-ceasefireStance" label="On a ceasefire" errors={errors.ceasefireStance}>
            {(control) => (
              <select {...control} name="ceasefireStance" defaultValue={values.ceasefireStance} className={inputClass}>
                {ceasefireStances.map((s) => (
                  <option key={s} value={s}>
                    {ceasefireStanceLabels[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="f-talksStance" label="On talks" errors={errors.talksStance}>
            {(control) => (
              <select {...control} name="talksStance" defaultValue={values.talksStance} className={inputClass}>
                {talksStances.map((s) => (
                  <option key={s} value={s}>
                    {talksStanceLabels[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="background" defaultChecked={values.background} className="mt-1" />
          <span>
            <span className="font-medium">Background</span>: the source recalls this as an earlier statement rather
            than reporting it as news of the day.
          </span>
        </label>
      </fieldset>

      <fieldset id="f-topics" className="space-y-2 rounded border border-stone-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">Topics</legend>
        <GroupErrors id="topics-error" errors={errors.topics} />
        <div className="grid gap-1 sm:grid-cols-3">
          {options.topics.map((t) => (
            <label key={t.slug} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="topics" value={t.slug} defaultChecked={values.topics.includes(t.slug)} />
              {t.label}
            </label>
          ))}
        </div>
      </fieldset>

      <div id="f-conditions">
        <ConditionRows initial={values.conditions} errors={errors} groups={options.conditionGroups} />
      </div>
      <div id="f-sources">
        <SourceRows initial={values.sources} errors={errors} />
      </div>

      <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">Links to other statements</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id="f-respondsTo"
            label="Responds to statements"
            errors={errors.respondsTo}
            hint="Statement numbers, separated by commas: the number at the end of a statement's address (/statements/12)."
          >
            {(control) => <input {...control} name="respondsTo" inputMode="numeric" defaultValue={values.respondsTo} className={inputClass} />}
          </Field>
          <Field id="f-restates" label="Restates statements" errors={errors.restates} hint="Earlier statements this one repeats.">
            {(control) => <input {...control} name="restates" inputMode="numeric" defaultValue={values.restates} className={inputClass} />}
          </Field>
        </div>
        <fieldset className="text-sm">
          <legend className="font-medium text-stone-800">How it was found</legend>
          <div className="mt-1 flex flex-wrap gap-x-6">
            <label className="flex items-center gap-2">
              <input type="radio" name="origin" value="manual" defaultChecked={values.origin !== "imported"} />
              Entered by hand
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="origin" value="imported" defaultChecked={values.origin === "imported"} />
              Imported from an article (machine-suggested, reviewed)
            </label>
          </div>
        </fieldset>
      </fieldset>

      {mode === "edit" && (
        <fieldset className="space-y-3 rounded border border-stone-300 bg-white p-4">
          <legend className="px-1 text-base font-semibold">Why this change</legend>
          <input type="hidden" name="version" value={state.version ?? ""} />
          <Field
            id="f-reason"
            label="Reason for the change"
            required
            errors={errors.reason}
            hint="Shown in the statement's public history: “Date corrected from the Kremlin transcript”."
          >
            {(control) => <textarea {...control} name="reason" rows={2} defaultValue={state.reason ?? ""} className={inputClass} />}
          </Field>
        </fieldset>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? "Saving…" : mode === "create" ? "Save statement" : state.conflict ? "Save my version" : "Save changes"}
        </button>
        {mode === "create" && !clientErrors && state.duplicates && state.duplicates.length > 0 && (
          <button type="submit" name="confirmDuplicate" value="yes" disabled={pending} className={buttonClass("secondary")}>
            Save anyway
          </button>
        )}
        <Link href={cancelHref} className="text-sm underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
