import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/schema";
import { hashApiToken, generateApiToken } from "@/lib/auth/tokens";
import { readJsonBody } from "@/lib/api/json-body";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import { changedFields, type StatementSnapshot } from "@/lib/statements/snapshot";

const snapshot: StatementSnapshot = {
  actor: "sergey-lavrov",
  speakerAsWritten: null,
  saidOn: "2024-03-05",
  saidOnPrecision: "day",
  publishedOn: null,
  quote: "Words.",
  paraphrase: null,
  language: null,
  translationPath: null,
  venue: null,
  ceasefireStance: "none",
  talksStance: "open",
  background: false,
  topics: ["negotiations"],
  conditions: [],
  sources: [{ url: null, outlet: "Wire", title: "T", kind: "wire", publishedOn: null }],
  respondsTo: [],
  restates: [],
  origin: "manual",
  retracted: null,
};

describe("changedFields", () => {
  it("names exactly the fields that differ, lists and all", () => {
    expect(changedFields(snapshot, { ...snapshot })).toEqual([]);
    expect(changedFields(snapshot, { ...snapshot, venue: "Moscow", topics: ["negotiations", "nato"] })).toEqual(["venue", "topics"]);
    expect(changedFields(snapshot, { ...snapshot, sources: [{ ...snapshot.sources[0], title: "New" }] })).toEqual(["sources"]);
  });

  it("for a new statement, names the fields it fills", () => {
    expect(changedFields(null, snapshot)).toEqual(expect.arrayContaining(["actor", "saidOn", "quote", "topics", "sources"]));
    expect(changedFields(null, snapshot)).not.toContain("paraphrase");
  });
});

describe("safeNextPath", () => {
  it("keeps paths on this site and drops everything else", () => {
    expect(safeNextPath("/statements/new")).toBe("/statements/new");
    for (const bad of ["//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)", undefined, 3]) {
      expect(safeNextPath(bad)).toBe("/");
    }
  });
});

describe("API tokens", () => {
  it("are long, random, and stored as a hash that is not the token", () => {
    const a = generateApiToken();
    expect(a).toMatch(/^pos_[A-Za-z0-9_-]{43}$/);
    expect(generateApiToken()).not.toBe(a);
    expect(hashApiToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiToken(a)).toBe(hashApiToken(a));
  });
});

describe("isSameOriginRequest", () => {
  const req = (headers: Record<string, string>) => new Request("http://positions.test/api/statements", { method: "POST", headers });
  it("trusts Sec-Fetch-Site, then Origin, and refuses a request with neither", () => {
    expect(isSameOriginRequest(req({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOriginRequest(req({ "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isSameOriginRequest(req({ "sec-fetch-site": "cross-site", origin: "http://positions.test" }))).toBe(false);
    expect(isSameOriginRequest(req({ origin: "http://positions.test" }))).toBe(true);
    expect(isSameOriginRequest(req({ origin: "http://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(req({}))).toBe(false);
  });
});

describe("readJsonBody", () => {
  const post = (body: string, type = "application/json") =>
    new Request("http://positions.test/", { method: "POST", headers: { "content-type": type }, body });
  it("answers 415, 413 and 400 for what it cannot take", async () => {
    expect(await readJsonBody(post("{}", "text/plain"))).toMatchObject({ ok: false });
    expect((await readJsonBody(post("{}", "text/plain")).then((r) => (r.ok ? 0 : r.response.status)))).toBe(415);
    expect(await readJsonBody(post('{"a":1}', "application/merge-patch+json"))).toEqual({ ok: true, value: { a: 1 } });
    expect(await readJsonBody(post("x".repeat(20), "application/json; charset=utf-8"), 10).then((r) => (r.ok ? 0 : r.response.status))).toBe(413);
    expect(await readJsonBody(post("{oops")).then((r) => (r.ok ? 0 : r.response.status))).toBe(400);
  });
});
