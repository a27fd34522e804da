import "server-only";
import { isAPIError } from "better-auth/api";
import { check, consume, reset } from "../security/rate-limit";
import { getAuth } from "./auth";
import type { SignInInput } from "./schema";

export type SignInResult =
  | { ok: true }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Signs an editor in with email and password; the session cookie is set by
 * better-auth's nextCookies plugin. Failed attempts are counted per account
 * and per address, and refused for a while once either limit is spent; the
 * answer never says whether the email exists.
 */
export async function signIn(input: SignInInput, requestHeaders: Headers, address: string): Promise<SignInResult> {
  for (const limited of [await check("signInEmail", input.email), await check("signInIp", address)]) {
    if (!limited.ok) return { ok: false, reason: "rate_limited", retryAfterSeconds: limited.retryAfterSeconds };
  }
  const auth = await getAuth();
  try {
    await auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: requestHeaders });
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await consume("signInEmail", input.email);
    await consume("signInIp", address);
    return { ok: false, reason: "invalid" };
  }
  await reset("signInEmail", input.email);
  return { ok: true };
}

export async function signOut(requestHeaders: Headers): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: requestHeaders });
}
