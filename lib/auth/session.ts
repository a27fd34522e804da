import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getAuth } from "./auth";
import type { EditorView } from "./queries";
import { toUserRole } from "./roles";

/** The account a request's session cookie belongs to, if any. */
export async function getEditorForHeaders(requestHeaders: Headers): Promise<EditorView | null> {
  // Readers carry no session cookie: their pages never ask the database who they are.
  if (!getSessionCookie(requestHeaders)) return null;
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email, role } = session.user;
  return { id, name, email, role: toUserRole(role) };
}

/** The signed-in account of the page being rendered (looked up once per request). */
export const currentEditor = cache(async (): Promise<EditorView | null> => getEditorForHeaders(await headers()));

/** For pages only editors see: sends everyone else to sign in first, then back. */
export async function requireSignedIn(returnTo: string): Promise<EditorView> {
  const editor = await currentEditor();
  if (!editor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return editor;
}
