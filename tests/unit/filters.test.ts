import { describe, expect, it } from "vitest";
import {
  filtersToSearchParams,
  paramsToRecord,
  parseFiltersLenient,
  parseFiltersStrict,
} from "@/lib/statements/filters";

const record = (query: string) => paramsToRecord(new URLSearchParams(query));

describe("statement filters", () => {
  it("reads repeated and comma-separated values alike", () => {
    const a = parseFiltersStrict(record("actor=sergey-lavrov&actor=dmitry-peskov"));
    const b = parseFiltersStrict(record("actor=sergey-lavrov,dmitry-peskov"));
    expect(a.success && a.data.actor).toEqual(["sergey-lavrov", "dmitry-peskov"]);
    expect(b.success && b.data.actor).toEqual(["sergey-lavrov", "dmitry-peskov"]);
  });

  it("defaults the page size to 50 and refuses more than 100", () => {
    const ok = parseFiltersStrict(record(""));
    expect(ok.success && ok.data.limit).toBe(50);
    const tooMany = parseFiltersStrict(record("limit=101"));
    expect(tooMany.success).toBe(false);
    const junk = parseFiltersStrict(record("limit=abc"));
    expect(junk.success).toBe(false);
  });

  it("rejects malformed dates, stances and cursors in strict mode", () => {
    for (const q of ["from=2023-02-30", "ceasefire=maybe", "cursor=zzz", "from=2024-01-01&to=2023-01-01"]) {
      expect(parseFiltersStrict(record(q)).success, q).toBe(false);
    }
  });

  it("drops a malformed value with a note and keeps the rest in lenient mode", () => {
    const { filters, notes } = parseFiltersLenient(
      record("actor=sergey-lavrov&actor=Not%20A%20Slug!&from=2023-99-01&talks=open&limit=5000"),
    );
    expect(filters.actor).toEqual(["sergey-lavrov"]);
    expect(filters.from).toBeUndefined();
    expect(filters.talks).toEqual(["open"]);
    expect(filters.limit).toBe(50);
    expect(notes.map((n) => n.field).sort()).toEqual(["actor", "from", "limit"]);
  });

  it("writes filters back to a URL that parses to the same filters", () => {
    const parsed = parseFiltersStrict(record("actor=sergey-lavrov&condition=no-nato-membership&from=2023-01-01&q=negotiations"));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const again = parseFiltersStrict(paramsToRecord(filtersToSearchParams(parsed.data)));
    expect(again.success && again.data).toEqual(parsed.data);
  });
});
