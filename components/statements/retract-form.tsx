"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { RetractFormState } from "@/lib/statements/retract-form";

export function RetractForm({
  action,
  initialState,
  cancelHref,
}: {
  action: (state: RetractFormState, form: FormData) => Promise<RetractFormState>;
  initialState: RetractFormState;
  cancelHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.submission > 0) messageRef.current?.focus();
  }, [state.submission]);

  return (
    <form key={state.submission} action={formAction} className="space-y-4">
      {state.message && (
        <p ref={messageRef} tabIndex={-1} role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-rose-950">
          {state.message}
        </p>
      )}
      <input type="hidden" name="version" value={state.version} />
      <Field
        id="f-reason"
        label="Reason for the retraction"
        required
        errors={state.errors.reason}
        hint="Shown on the statement's page to everyone who follows a link to it: “The outlet withdrew the interview”."
      >
        {(control) => <textarea {...control} name="reason" rows={3} required defaultValue={state.reason} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass("danger")}>
          {pending ? "Retracting…" : "Retract statement"}
        </button>
        <Link href={cancelHref} className="text-sm underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}
