import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import { createNonce, pageContentSecurityPolicy } from "@/lib/security/csp";

describe("security headers", () => {
  it("are sent with every response", async () => {
    // next.config.js is plain JavaScript: loaded by path, typed here.
    const configPath = "../../next.config.js";
    const { default: nextConfig } = (await import(/* @vite-ignore */ configPath)) as { default: NextConfig };
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === "/:path*");
    const byName = Object.fromEntries(all!.headers.map((h) => [h.key.toLowerCase(), h.value]));
    expect(byName).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "x-frame-options": "DENY",
    });
    expect(byName["permissions-policy"]).toContain("camera=()");
  });

  it("allow eval only in development, and inline scripts only with the nonce", () => {
    const nonce = createNonce();
    expect(nonce).not.toBe(createNonce());
    const production = pageContentSecurityPolicy(nonce, { development: false });
    expect(production).not.toContain("unsafe-eval");
    expect(production).toMatch(/script-src [^;]*'nonce-/);
    expect(production).not.toMatch(/script-src [^;]*'unsafe-inline'/);
    expect(pageContentSecurityPolicy(nonce, { development: true })).toContain("'unsafe-eval'");
  });
});
