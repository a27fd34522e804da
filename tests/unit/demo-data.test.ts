import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isIsoDate } from "@/lib/dates";
import { DEMO_DATA_DIR, readDemoData, type DemoData } from "@/lib/seed/demo-data";

// The demo data is the record of five real articles: every quote must be in
// its article word for word, and every reference must resolve.
let demo: DemoData;
beforeAll(async () => {
  demo = await readDemoData();
});

const article = (file: string) => readFileSync(path.join(DEMO_DATA_DIR, "articles", file), "utf8");

describe("demo data", () => {
  it("loads, and every actor, topic, condition, source and linked statement resolves", () => {
    // readDemoData throws on a broken reference; reaching here means all resolve.
    expect(demo.statements.length).toBeGreaterThan(0);
  });

  it("quotes every statement exactly as its articles print it", () => {
    for (const s of demo.statements) {
      if (!s.quote) continue;
      const texts = s.sources.map((key) => demo.sources.find((src) => src.key === key)!)
        .filter((src) => src.seedFile)
        .map((src) => article(src.seedFile!));
      expect(texts.length, `${s.key} has an article`).toBeGreaterThan(0);
      for (const fragment of s.quote.split(" [...] ")) {
        expect(texts.some((t) => t.includes(fragment)), `${s.key}: "${fragment}"`).toBe(true);
      }
    }
  });

  it("dates every statement, role and source with a real calendar date", () => {
    for (const s of demo.statements) {
      expect(isIsoDate(s.saidOn), s.key).toBe(true);
      if (s.publishedOn) expect(s.publishedOn >= s.saidOn, `${s.key} published before said`).toBe(true);
    }
    for (const a of demo.actors) for (const r of a.roles) {
      expect(isIsoDate(r.startOn)).toBe(true);
      if (r.endOn) expect(r.endOn >= r.startOn, `${a.slug} ${r.title}`).toBe(true);
    }
  });

  it("stores dates of week, month and year precision at the start of their period", () => {
    for (const s of demo.statements) {
      if (s.saidOnPrecision === "month") expect(s.saidOn.endsWith("-01"), s.key).toBe(true);
      if (s.saidOnPrecision === "year") expect(s.saidOn.endsWith("-01-01"), s.key).toBe(true);
      if (s.saidOnPrecision === "week") expect(new Date(`${s.saidOn}T00:00:00Z`).getUTCDay(), s.key).toBe(1);
    }
  });

  it("never says a statement before its source was published", () => {
    for (const s of demo.statements) {
      for (const key of s.sources) {
        const src = demo.sources.find((x) => x.key === key)!;
        if (src.publishedOn) expect(s.saidOn <= src.publishedOn, `${s.key} vs ${key}`).toBe(true);
      }
    }
  });

  it("covers the six founding actors and every article", () => {
    const actors = new Set(demo.statements.map((s) => s.actor));
    for (const slug of ["antony-blinken", "vladimir-putin", "volodymyr-zelensky", "dmitry-peskov", "dmytro-kuleba", "sergey-lavrov"]) {
      expect(actors.has(slug), slug).toBe(true);
    }
    const cited = new Set(demo.statements.flatMap((s) => s.sources));
    for (const src of demo.sources) expect(cited.has(src.key), src.key).toBe(true);
  });

  it("resolves the spellings sources use to one actor each", () => {
    const owner = new Map<string, string>();
    for (const a of demo.actors) {
      for (const alias of [a.name, ...a.aliases]) {
        const key = alias.toLowerCase();
        expect(owner.get(key) ?? a.slug, `alias "${alias}"`).toBe(a.slug);
        owner.set(key, a.slug);
      }
    }
    for (const spelling of ["zelensky", "zelenskyy", "zelenskiy"]) expect(owner.get(spelling)).toBe("volodymyr-zelensky");
    expect(owner.get("dmitry kuleba")).toBe("dmytro-kuleba");
    expect(owner.get("anthony blinken")).toBe("antony-blinken");
  });
});
