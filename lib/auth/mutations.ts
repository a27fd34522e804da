import "server-only";
import { getDb } from "../db";
import { getAuth } from "./auth";
import { findEditorByEmail, type EditorView } from "./queries";
import type { UserRole } from "./roles";
import { generateApiToken, generatePassword, hashApiToken, tokenPrefix } from "./tokens";

export type CreatedEditor = { editor: EditorView; password: string; apiToken: string };

/**
 * Creates an account with a generated password (hashed by better-auth, which
 * stores only the hash) and a first API token. Both are returned once, to be
 * handed to the editor; neither can be read back later.
 */
export async function createEditor(
  email: string,
  options: { role?: UserRole; name?: string } = {},
): Promise<{ ok: true; created: CreatedEditor } | { ok: false; reason: "exists" }> {
  const normalized = email.trim().toLowerCase();
  if (await findEditorByEmail(normalized)) return { ok: false, reason: "exists" };
  const role = options.role ?? "editor";
  const name = options.name?.trim() || normalized.split("@")[0];
  const password = generatePassword();

  const ctx = await (await getAuth()).$context;
  const hash = await ctx.password.hash(password);
  const user = await ctx.internalAdapter.createUser(
    { email: normalized, name, emailVerified: true, role },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });

  const db = await getDb();
  await db.auditEntry.create({
    data: { userId: null, action: "editor_created", via: "cli", summary: `Created ${role} account ${normalized}` },
  });
  const apiToken = await issueApiToken({ id: user.id, email: normalized });
  return { ok: true, created: { editor: { id: user.id, name, email: normalized, role }, password, apiToken } };
}

/** A new API token for an editor. Only its hash is stored. */
export async function issueApiToken(editor: { id: string; email: string }): Promise<string> {
  const token = generateApiToken();
  const db = await getDb();
  await db.$transaction([
    db.apiToken.create({ data: { userId: editor.id, tokenHash: hashApiToken(token), prefix: tokenPrefix(token) } }),
    db.auditEntry.create({
      data: { userId: null, action: "api_token_issued", via: "cli", summary: `Issued API token ${tokenPrefix(token)}… to ${editor.email}` },
    }),
  ]);
  return token;
}

/**
 * Revokes every API token an editor holds, and signs them out everywhere:
 * what to do when a token may have leaked or the editor leaves.
 */
export async function revokeEditorAccess(email: string): Promise<{ ok: true; tokens: number } | { ok: false; reason: "not_found" }> {
  const editor = await findEditorByEmail(email);
  if (!editor) return { ok: false, reason: "not_found" };
  const db = await getDb();
  const [tokens] = await db.$transaction([
    db.apiToken.updateMany({ where: { userId: editor.id, revokedAt: null }, data: { revokedAt: new Date() } }),
    db.session.deleteMany({ where: { userId: editor.id } }),
    db.auditEntry.create({
      data: {
        userId: null,
        action: "api_tokens_revoked",
        via: "cli",
        summary: `Revoked the API tokens and sessions of ${editor.email}`,
      },
    }),
  ]);
  return { ok: true, tokens: tokens.count };
}

/** Changes what an account may do; "reader" withdraws write access but keeps the history theirs. */
export async function setEditorRole(email: string, role: UserRole): Promise<boolean> {
  const editor = await findEditorByEmail(email);
  if (!editor) return false;
  const db = await getDb();
  await db.user.update({ where: { id: editor.id }, data: { role } });
  return true;
}

/** Notes when a token was last used, at most hourly, so an administrator can see stale ones. */
export async function recordApiTokenUse(tokenId: number, lastUsedAt: Date | null): Promise<void> {
  if (lastUsedAt && Date.now() - lastUsedAt.getTime() < 3_600_000) return;
  const db = await getDb();
  await db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: new Date() } });
}
