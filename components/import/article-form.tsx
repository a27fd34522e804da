"use client";

import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { importFormDataToValues, type ImportFormState } from "@/lib/import/review";
import { importArticleSchema, MAX_ARTICLE_BYTES } from "@/lib/import/schema";
import type { FieldErrors } from "@/lib/statements/input-schema";
import { sourceKindLabels, sourceKinds } from "@/lib/statements/schema";

const fieldLabels: Record<string, string> = {
  text: "Article text",
  title: "Headline",
  outlet: "Outlet",
  url: "Web address",
  publishedOn: "Published on",
  kind: "Kind of source",
};

/**
 * The article to read and what it is. Checked here with the server's schema
 * first, so an oversized or binary paste is refused before it is sent.
 */
export function ArticleForm({
  state,
  formAction,
  pending,
  onCancel,
}: {
  state: ImportFormState;
  formAction: (form: FormData) => void;
  pending: boolean;
  onCancel?: () => void;
}) {
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = clientErrors ?? state.errors;
  const message = clientErrors ? "Some fields need attention." : state.message;
  const { values } = state;

  useEffect(() => {
    if (state.submission > 0 && !state.review) summaryRef.current?.focus();
  }, [state.submission, state.review]);
  useEffect(() => {
    if (clientErrors) summaryRef.current?.focus();
  }, [clientErrors]);

  function checkBeforeSending(event: React.FormEvent<HTMLFormElement>) {
    const parsed = importArticleSchema.safeParse(importFormDataToValues(new FormData(event.currentTarget)));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(z.flattenError(parsed.error).fieldErrors);
  }

  const entries = Object.entries(errors).filter(([, list]) => list && list.length > 0);
  return (
    <form key={state.submission} action={formAction} onSubmit={checkBeforeSending} noValidate className="space-y-4">
      {(message || entries.length > 0) && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded border border-rose-300 bg-rose-50 p-4 text-rose-950">
          <p className="font-semibold">{message ?? "Some fields need attention."}</p>
          {entries.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {entries.map(([field, list]) => (
                <li key={field}>
                  <a href={`#import-${field}`} className="underline">
                    {fieldLabels[field] ?? field}
                  </a>
                  : {list!.join(" ")}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <Field
        id="import-text"
        label="Article text"
        required
        errors={errors.text}
        hint={`The headline and body as published, up to ${MAX_ARTICLE_BYTES / 1024} KB. It is read on the server and not kept: only the statements you accept are recorded.`}
      >
        {(control) => (
          <textarea {...control} name="text" rows={14} defaultValue={values.text} className={`${inputClass} font-serif`} />
        )}
      </Field>

      <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">The article, as the source of what you accept</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="import-title" label="Headline" required errors={errors.title}>
            {(control) => <input {...control} name="title" defaultValue={values.title} className={inputClass} />}
          </Field>
          <Field id="import-outlet" label="Outlet" required errors={errors.outlet} hint="Reuters, Kyiv Independent, TASS…">
            {(control) => <input {...control} name="outlet" defaultValue={values.outlet} className={inputClass} />}
          </Field>
          <Field id="import-url" label="Web address" errors={errors.url}>
            {(control) => (
              <input {...control} name="url" type="url" inputMode="url" defaultValue={values.url} className={inputClass} />
            )}
          </Field>
          <Field
            id="import-publishedOn"
            label="Published on"
            errors={errors.publishedOn}
            hint="“Friday” or “last week” in the article are counted back from this date. Without it, statements are left undated."
          >
            {(control) => (
              <input {...control} name="publishedOn" type="date" defaultValue={values.publishedOn} className={inputClass} />
            )}
          </Field>
          <Field id="import-kind" label="Kind of source" errors={errors.kind}>
            {(control) => (
              <select {...control} name="kind" defaultValue={values.kind} className={inputClass}>
                {sourceKinds.map((k) => (
                  <option key={k} value={k}>
                    {sourceKindLabels[k]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>
          {pending ? "Reading the article…" : "Find statements"}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} className="text-sm underline">
            Back to the candidates
          </button>
        )}
      </div>
    </form>
  );
}
