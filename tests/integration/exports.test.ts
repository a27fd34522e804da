import { beforeAll, describe, expect, it } from "vitest";
import { GET as getStatementRoute } from "@/app/api/statements/[id]/route";
import { GET as listStatementsRoute } from "@/app/api/statements/route";
import { GET as feedRoute } from "@/app/feed.xml/route";
import { getDb } from "@/lib/db";
import { toDbDate } from "@/lib/dates";
import { statementDetailJsonSchema, statementPageJsonSchema } from "@/lib/statements/api-schema";
import { CSV_COLUMNS } from "@/lib/statements/csv";
import { paramsToRecord, parseFiltersStrict } from "@/lib/statements/filters";
import { allStatements, listStatements } from "@/lib/statements/queries";
import { parseCsv } from "../support/csv";
import { expectedIds, loadDemo, type Demo } from "../support/demo-expectations";

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const origin = "http://positions.test";
const call = (handler: (r: Request) => Promise<Response>, path: string) => handler(new Request(`${origin}${path}`));

/** What the timeline page shows for a query: the page and the API both read it through listStatements. */
async function timelineIds(query: string, limit = 100): Promise<number[]> {
  const parsed = parseFiltersStrict(paramsToRecord(new URLSearchParams(query)));
  if (!parsed.success) throw new Error(query);
  return (await listStatements({ ...parsed.data, limit })).items.map((s) => s.id);
}

async function csvRows(query: string): Promise<{ response: Response; header: string[]; rows: Record<string, string>[]; text: string }> {
  const response = await call(listStatementsRoute, `/api/statements?format=csv${query ? `&${query}` : ""}`);
  // Response.text() would drop the byte order mark this export must carry.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  const [header, ...body] = parseCsv(text.replace(/^\uFEFF/, ""));
  return { response, header, text, rows: body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]]))) };
}

const feedEntries = (xml: string) =>
  [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => ({
    id: Number(/<id>[^<]*\/statements\/(\d+)<\/id>/.exec(m[1])?.[1]),
    title: /<title[^>]*><!\[CDATA\[([\s\S]*?)\]\]><\/title>/.exec(m[1])?.[1] ?? "",
    content: /<content[^>]*><!\[CDATA\[([\s\S]*?)\]\]><\/content>/.exec(m[1])?.[1] ?? "",
    updated: /<updated>([^<]*)<\/updated>/.exec(m[1])?.[1] ?? "",
  }));

const queries = [
  "",
  "actor=sergey-lavrov&actor=volodymyr-zelensky",
  "condition=no-nato-membership&from=2022-01-01",
  "topic=ceasefire&ceasefire=opposes,conditional",
  "talks=conditional&to=2023-06-30",
  `q=${encodeURIComponent('"cease-fire" OR Kiev')}`,
  "q=negotiations&actor=antony-blinken",
];

describe("the API, the CSV export and the feed show what the timeline shows", () => {
  it.each(queries)("same statements in the same order for ?%s", async (query) => {
    const expected = await timelineIds(query);
    const api = await call(listStatementsRoute, `/api/statements?limit=100${query ? `&${query}` : ""}`);
    expect(api.status).toBe(200);
    expect(((await api.json()) as { items: { id: number }[] }).items.map((i) => i.id)).toEqual(expected);

    const csv = await csvRows(query);
    expect(csv.response.status).toBe(200);
    expect(csv.rows.map((r) => Number(r.id))).toEqual(expected);

    const feed = await call(feedRoute, `/feed.xml${query ? `?${query}` : ""}`);
    expect(feed.status).toBe(200);
    expect(feedEntries(await feed.text()).map((e) => e.id)).toEqual(expected.slice(0, 50));
  });

  it("answers 400 for malformed or unknown parameters, in every format", async () => {
    for (const query of ["from=2023-02-30", "ceasefire=maybe", "limit=0", "actor=no-such-actor", "from=2024-01-01&to=2023-01-01"]) {
      const json = await call(listStatementsRoute, `/api/statements?${query}`);
      expect(json.status, query).toBe(400);
      expect(Object.keys(((await json.json()) as { fieldErrors: object }).fieldErrors).length, query).toBeGreaterThan(0);
      const csv = await call(listStatementsRoute, `/api/statements?format=csv&${query}`);
      expect(csv.status, query).toBe(400);
      const feed = await call(feedRoute, `/feed.xml?${query}`);
      expect(feed.status, query).toBe(400);
      expect(feed.headers.get("content-type"), query).toMatch(/^text\/plain/);
      expect(await feed.text(), query).toMatch(/Invalid feed address/);
    }
    const format = await call(listStatementsRoute, "/api/statements?format=xlsx");
    expect(format.status).toBe(400);
    expect(((await format.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.format).toBeDefined();
  });
});

describe("CSV export", () => {
  it("is a UTF-8 attachment with a byte order mark and the documented columns", async () => {
    const { response, header, text, rows } = await csvRows("");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="positions-statements-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(demo.statements.length);
  });

  it("holds every field of a statement, lists in source rank order", async () => {
    const putin = demo.statements.find((s) => s.actor === "vladimir-putin" && s.saidOn === "2024-06-14")!;
    const id = demo.idOf.get(putin.key)!;
    const row = (await csvRows("actor=vladimir-putin")).rows.find((r) => Number(r.id) === id)!;
    const sources = putin.sources.map((key) => demo.sources.find((s) => s.key === key)!);
    expect(row).toMatchObject({
      url: `${origin}/statements/${id}`,
      actor_slug: "vladimir-putin",
      actor_name: "Vladimir Putin",
      said_on: putin.saidOn,
      said_on_precision: putin.saidOnPrecision,
      quote: putin.quote ?? "",
      paraphrase: putin.paraphrase ?? "",
      ceasefire_stance: putin.ceasefireStance,
      talks_stance: putin.talksStance,
      background: String(putin.background),
      source_outlets: sources.map((s) => s.outlet).join("; "),
      source_urls: sources.map((s) => s.url ?? "").join("; "),
    });
    expect(row.conditions.split("; ").sort()).toEqual(
      putin.conditions.map((c) => `${c.slug}:${c.appliesTo}:${c.position}`).sort(),
    );
    expect(row.topics.split("; ").sort()).toEqual([...new Set(putin.topics)].sort());
  });

  it("keeps a date at its precision: a month-precise statement says month", async () => {
    const monthly = demo.statements.find((s) => s.saidOnPrecision === "month")!;
    const row = (await csvRows(`actor=${monthly.actor}`)).rows.find((r) => Number(r.id) === demo.idOf.get(monthly.key))!;
    expect(row).toMatchObject({ said_on: monthly.saidOn, said_on_precision: "month" });
  });

  it("exports every match, not one page, and ignores cursor and limit", async () => {
    const all = await timelineIds("");
    const { rows } = await csvRows(`limit=2&cursor=${encodeURIComponent("2023-06-02_1")}`);
    expect(rows.map((r) => Number(r.id))).toEqual(all);
    const batched: number[] = [];
    for await (const batch of allStatements({ ...(await filtersOf("")) }, { batchSize: 3 })) {
      expect(batch.length).toBeLessThanOrEqual(3);
      batched.push(...batch.map((s) => s.id));
    }
    expect(batched).toEqual(all);
    const capped: number[] = [];
    for await (const batch of allStatements(await filtersOf(""), { batchSize: 3, max: 7 })) capped.push(...batch.map((s) => s.id));
    expect(capped).toEqual(all.slice(0, 7));
  });

  it("neutralises formula cells and round-trips commas, quotes and line breaks", async () => {
    const db = await getDb();
    const actor = await db.actor.findUniqueOrThrow({ where: { slug: "sergey-lavrov" } });
    const tricky = 'We said "no", then, after a pause,\r\nwe said "maybe"\nand left.';
    const formula = await db.statement.create({
      data: {
        actorId: actor.id,
        saidOn: toDbDate("2030-01-02"),
        quote: '=HYPERLINK("http://evil.example","click")',
        paraphrase: "+1 more for the record",
        venue: "@press conference",
        translationPath: "-via interpreter",
        speakerAsWritten: "\tLavrov",
      },
    });
    const awkward = await db.statement.create({
      data: { actorId: actor.id, saidOn: toDbDate("2030-01-01"), quote: tricky, venue: "Moscow, Russia" },
    });
    try {
      const { rows } = await csvRows("actor=sergey-lavrov");
      const f = rows.find((r) => Number(r.id) === formula.id)!;
      expect(f.quote).toBe(`'=HYPERLINK("http://evil.example","click")`);
      expect(f.paraphrase).toBe("'+1 more for the record");
      expect(f.venue).toBe("'@press conference");
      expect(f.translation_path).toBe("'-via interpreter");
      expect(f.speaker_as_written).toBe("'\tLavrov");
      const a = rows.find((r) => Number(r.id) === awkward.id)!;
      expect(a.quote).toBe(tricky);
      expect(a.venue).toBe("Moscow, Russia");
      // Nothing else in the row shifted.
      expect(a.actor_slug).toBe("sergey-lavrov");
      expect(a.said_on).toBe("2030-01-01");
    } finally {
      await db.statement.deleteMany({ where: { id: { in: [formula.id, awkward.id] } } });
    }
  });

  it("sends just the header when nothing matches", async () => {
    const { response, header, rows } = await csvRows("from=2099-01-01");
    expect(response.status).toBe(200);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual([]);
  });
});

async function filtersOf(query: string) {
  const parsed = parseFiltersStrict(paramsToRecord(new URLSearchParams(query)));
  if (!parsed.success) throw new Error(query);
  return parsed.data;
}

describe("Atom feed", () => {
  it("has one entry per statement: permalink, actor and date at its precision, quote or marked paraphrase", async () => {
    const res = await call(feedRoute, "/feed.xml");
    expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain(`<link rel="self" href="${origin}/feed.xml"/>`);
    const entries = feedEntries(xml);
    expect(entries.map((e) => e.id)).toEqual(expectedIds(demo, () => true).slice(0, 50));

    const monthly = demo.statements.find((s) => s.saidOnPrecision === "month")!;
    const m = entries.find((e) => e.id === demo.idOf.get(monthly.key))!;
    const actorName = demo.actors.find((a) => a.slug === monthly.actor)!.name;
    expect(m.title).toBe(`${actorName} — ${new Date(`${monthly.saidOn}T00:00:00Z`).toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" })}`);

    const paraphraseOnly = demo.statements.find((s) => !s.quote && s.paraphrase)!;
    const p = entries.find((e) => e.id === demo.idOf.get(paraphraseOnly.key))!;
    expect(p.content).toMatch(/^<p><em>Paraphrase:<\/em> /);
    expect(p.content).not.toContain("<blockquote>");

    const quoted = demo.statements.find((s) => s.quote && !s.quote.includes("&") && !s.quote.includes("'"))!;
    const q = entries.find((e) => e.id === demo.idOf.get(quoted.key))!;
    expect(q.content).toContain(`“${quoted.quote!.replace(/"/g, "&quot;")}”`);
  });

  it("dates each entry by the statement's last change and escapes recorded text", async () => {
    const db = await getDb();
    const actor = await db.actor.findUniqueOrThrow({ where: { slug: "dmitry-peskov" } });
    const created = await db.statement.create({
      data: { actorId: actor.id, saidOn: toDbDate("2030-06-01"), saidOnPrecision: "month", quote: "A <b>bold</b> & ]]> claim" },
    });
    try {
      const entries = feedEntries(await (await call(feedRoute, "/feed.xml?actor=dmitry-peskov")).text());
      expect(entries[0].id).toBe(created.id);
      expect(entries[0].title).toBe("Dmitry Peskov — June 2030");
      expect(entries[0].updated).toBe(created.updatedAt.toISOString());
      expect(entries[0].content).toContain("A &lt;b&gt;bold&lt;/b&gt; &amp; ]]&gt; claim");
    } finally {
      await db.statement.delete({ where: { id: created.id } });
    }
  });
});

describe("API responses match the documented shapes", () => {
  // zod drops keys a schema does not name, so parsing back to an equal value
  // also proves the response carries no field the document leaves out.
  it("every statement page and statement detail parses with the published schema", async () => {
    const raw = await (await call(listStatementsRoute, "/api/statements?limit=100")).json();
    const body = statementPageJsonSchema.parse(raw);
    expect(body).toEqual(raw);
    expect(body.items.length).toBe(demo.statements.length);
    for (const item of body.items) {
      const res = await getStatementRoute(new Request(`${origin}/api/statements/${item.id}`), {
        params: Promise.resolve({ id: String(item.id) }),
      });
      const detail = await res.json();
      expect(statementDetailJsonSchema.parse(detail)).toEqual(detail);
    }
  });
});
