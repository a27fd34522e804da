import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { createEditor, revokeEditorAccess, setEditorRole } from "@/lib/auth/mutations";
import { findEditorByApiToken } from "@/lib/auth/queries";
import { getEditorForHeaders } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db";
import { rateLimits } from "@/lib/security/rate-limit";
import { proxy } from "@/proxy";
import { createTestEditor, sessionCookie } from "../support/editors";

const noHeaders = () => new Headers();

describe("editor accounts", () => {
  it("store the password and the API token only as hashes", async () => {
    const result = await createEditor("Hashes@Positions.Test", { name: "Hash Check" });
    if (!result.ok) throw new Error("not created");
    const { editor, password, apiToken } = result.created;
    expect(editor.email).toBe("hashes@positions.test");
    expect(password.length).toBeGreaterThanOrEqual(20);

    const db = await getDb();
    const account = await db.account.findFirstOrThrow({ where: { userId: editor.id, providerId: "credential" } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain(password);
    const tokens = await db.apiToken.findMany({ where: { userId: editor.id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0].tokenHash).not.toContain(apiToken);
    expect(apiToken.startsWith(tokens[0].prefix)).toBe(true);

    expect(await createEditor("hashes@positions.test")).toEqual({ ok: false, reason: "exists" });
  });

  it("sign in with the password given once, and lose their tokens and sessions when revoked", async () => {
    const editor = await createTestEditor("editor");
    expect(await signIn({ email: editor.email, password: editor.password }, noHeaders(), "198.51.100.1")).toEqual({ ok: true });
    const cookie = await sessionCookie(editor);
    expect(await getEditorForHeaders(new Headers({ cookie }))).toMatchObject({ email: editor.email, role: "editor" });
    expect(await findEditorByApiToken(editor.token)).toMatchObject({ id: editor.id });

    expect(await revokeEditorAccess(editor.email)).toEqual({ ok: true, tokens: 1 });
    expect(await findEditorByApiToken(editor.token)).toBeNull();
    expect(await getEditorForHeaders(new Headers({ cookie }))).toBeNull();
    expect(await revokeEditorAccess("nobody@positions.test")).toEqual({ ok: false, reason: "not_found" });
  });

  it("keep their account but lose write access as readers", async () => {
    const editor = await createTestEditor("editor");
    expect(await setEditorRole(editor.email, "reader")).toBe(true);
    expect(await findEditorByApiToken(editor.token)).toMatchObject({ role: "reader" });
  });
});

describe("sign-in limits", () => {
  it("refuses an account for a while after too many wrong passwords, even with the right one", async () => {
    const editor = await createTestEditor("editor");
    for (let i = 0; i < rateLimits.signInEmail.points; i++) {
      expect(await signIn({ email: editor.email, password: "wrong-password-1" }, noHeaders(), `203.0.113.${i}`)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const refused = await signIn({ email: editor.email, password: editor.password }, noHeaders(), "203.0.113.99");
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(refused.ok === false && refused.reason === "rate_limited" && refused.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("refuses an address that guesses many accounts", async () => {
    const address = "192.0.2.77";
    for (let i = 0; i < rateLimits.signInIp.points; i++) {
      await signIn({ email: `guess-${i}@positions.test`, password: "nope-nope-nope" }, noHeaders(), address);
    }
    const editor = await createTestEditor("editor");
    expect(await signIn({ email: editor.email, password: editor.password }, noHeaders(), address)).toMatchObject({
      reason: "rate_limited",
    });
    expect(await signIn({ email: editor.email, password: editor.password }, noHeaders(), "192.0.2.78")).toEqual({ ok: true });
  });
});

describe("security headers", () => {
  it("give every page a fresh script nonce, and data responses a policy that loads nothing", async () => {
    const page = async () => (await proxy(new NextRequest("http://positions.test/statements/1"))).headers.get("content-security-policy")!;
    const first = await page();
    expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(first).toContain("frame-ancestors 'none'");
    expect(first).toContain("object-src 'none'");
    expect(first).not.toContain("unsafe-eval");
    expect(await page()).not.toBe(first);

    const api = await proxy(new NextRequest("http://positions.test/api/statements"));
    expect(api.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
  });
});
