import "server-only";
import { getDb } from "../db";
import { toUserRole, type UserRole } from "./roles";
import { hashApiToken } from "./tokens";

/** A signed-in account, as the app needs it. */
export type EditorView = { id: string; name: string; email: string; role: UserRole };

/** The editor an API token belongs to; null for an unknown or revoked token. */
export async function findEditorByApiToken(
  token: string,
): Promise<(EditorView & { tokenId: number; tokenLastUsedAt: Date | null }) | null> {
  const db = await getDb();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true, role: true } },
    },
  });
  if (!row || row.revokedAt) return null;
  return { ...row.user, role: toUserRole(row.user.role), tokenId: row.id, tokenLastUsedAt: row.lastUsedAt };
}

export async function findEditorByEmail(email: string): Promise<EditorView | null> {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, name: true, email: true, role: true },
  });
  return user ? { ...user, role: toUserRole(user.role) } : null;
}
