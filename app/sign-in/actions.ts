"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeNextPath, signInSchema, type SignInFormState } from "@/lib/auth/schema";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { clientAddress } from "@/lib/security/rate-limit";

export async function signInAction(previous: SignInFormState, form: FormData): Promise<SignInFormState> {
  const email = typeof form.get("email") === "string" ? (form.get("email") as string) : "";
  const answer = (patch: Partial<SignInFormState>): SignInFormState => ({ email, submission: previous.submission + 1, ...patch });
  const parsed = signInSchema.safeParse({ email, password: form.get("password") });
  if (!parsed.success) {
    const fieldErrors: NonNullable<SignInFormState["fieldErrors"]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === "password" ? "password" : "email";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return answer({ fieldErrors });
  }
  const requestHeaders = await headers();
  const result = await signIn(parsed.data, requestHeaders, clientAddress(requestHeaders));
  if (!result.ok) {
    return answer({
      error:
        result.reason === "rate_limited"
          ? `Too many failed attempts. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minute(s).`
          : "The email or the password is not right.",
    });
  }
  redirect(safeNextPath(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  await signOut(await headers());
  redirect("/");
}
