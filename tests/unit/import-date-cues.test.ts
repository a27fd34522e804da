import { describe, expect, it } from "vitest";
import { findDateCues } from "@/lib/import/date-cues";

const first = (text: string, publishedOn: string | null) => {
  const cue = findDateCues(text, publishedOn)[0];
  return cue ? [cue.saidOn, cue.precision, cue.trigger] : null;
};

describe("date cues", () => {
  it.each([
    ["said Friday", "2023-06-02", ["2023-06-02", "day", "Friday"]],
    ["said on Friday", "2023-06-05", ["2023-06-02", "day", "on Friday"]],
    ["last Friday", "2023-06-02", ["2023-05-26", "day", "last Friday"]],
    ["late Thursday", "2023-06-02", ["2023-06-01", "day", "late Thursday"]],
    ["on Sunday", "2023-09-11", ["2023-09-10", "day", "on Sunday"]],
    ["yesterday", "2024-01-01", ["2023-12-31", "day", "yesterday"]],
    ["on Oct. 7", "2023-11-02", ["2023-10-07", "day", "on Oct. 7"]],
    ["on Oct. 7", "2023-10-06", ["2022-10-07", "day", "on Oct. 7"]],
    ["on 7 October", "2023-11-02", ["2023-10-07", "day", "on 7 October"]],
    ["on Dec. 1, 2021", "2023-11-02", ["2021-12-01", "day", "on Dec. 1, 2021"]],
    ["last week", "2023-09-11", ["2023-09-04", "week", "last week"]],
    ["last week", "2023-09-10", ["2023-08-28", "week", "last week"]],
    ["earlier this week", "2023-09-14", ["2023-09-11", "week", "earlier this week"]],
    ["last month", "2023-01-15", ["2022-12-01", "month", "last month"]],
    ["in February last year", "2023-06-02", ["2022-02-01", "month", "in February last year"]],
    ["in October 2022", "2023-04-08", ["2022-10-01", "month", "in October 2022"]],
    ["in March", "2023-02-10", ["2022-03-01", "month", "in March"]],
    ["in 2022", "2023-04-08", ["2022-01-01", "year", "in 2022"]],
    ["last year", "2023-04-08", ["2022-01-01", "year", "last year"]],
  ])("“%s” published %s", (text, publishedOn, expected) => {
    expect(first(text, publishedOn)).toEqual(expected);
  });

  it("needs the publication date for relative words, not for full dates", () => {
    expect(first("on Friday", null)).toBeNull();
    expect(first("last week", null)).toBeNull();
    expect(first("on Oct. 7, 2023", null)).toEqual(["2023-10-07", "day", "on Oct. 7, 2023"]);
  });

  it("does not read the verb “may” or an impossible day as a date", () => {
    expect(first("talks may resume", "2023-06-02")).toBeNull();
    expect(first("on Feb. 30, 2023", "2023-06-02")).toBeNull();
  });

  it("keeps the longest reading where two overlap", () => {
    expect(findDateCues("in February last year", "2023-06-02")).toHaveLength(1);
  });
});
