"use client";

import { useActionState, useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { SignInFormState } from "@/lib/auth/schema";

export function SignInForm({
  action,
  next,
}: {
  action: (state: SignInFormState, form: FormData) => Promise<SignInFormState>;
  next: string;
}) {
  const [state, formAction, pending] = useActionState(action, { email: "", submission: 0 });
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.submission > 0) errorRef.current?.focus();
  }, [state.submission]);

  return (
    <form key={state.submission} action={formAction} className="space-y-4">
      {state.error && (
        <p ref={errorRef} tabIndex={-1} role="alert" className="rounded border border-rose-300 bg-rose-50 p-3 text-rose-950">
          {state.error}
        </p>
      )}
      <input type="hidden" name="next" value={next} />
      <Field id="f-email" label="Email" errors={state.fieldErrors?.email}>
        {(control) => (
          <input {...control} type="email" name="email" autoComplete="username" required defaultValue={state.email} className={inputClass} />
        )}
      </Field>
      <Field id="f-password" label="Password" errors={state.fieldErrors?.password}>
        {(control) => <input {...control} type="password" name="password" autoComplete="current-password" required className={inputClass} />}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass("primary")}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
