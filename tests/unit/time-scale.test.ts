import { describe, expect, it } from "vitest";
import { timeScale } from "@/components/charts/time-scale";

describe("timeScale", () => {
  const dates = [
    { saidOn: "2021-12-01", saidOnPrecision: "day" as const },
    { saidOn: "2023-01-01", saidOnPrecision: "year" as const },
    { saidOn: "2024-06-14", saidOnPrecision: "day" as const },
  ];

  it("keeps every mark inside the width, in date order", () => {
    const scale = timeScale(dates, 1000);
    const xs = dates.map((d) => scale.x(d.saidOn));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const x of xs) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1000);
    }
  });

  it("draws a year-precise date across its whole year, not on 1 January", () => {
    const scale = timeScale(dates, 1000);
    const year = scale.span("2023-01-01", "year");
    expect(year.x0).toBeCloseTo(scale.x("2023-01-01"));
    expect(year.x1).toBeCloseTo(scale.x("2024-01-01"));
    const day = scale.span("2024-06-14", "day");
    expect(day.x1 - day.x0).toBeLessThan(2);
  });

  it("labels years over a long range and months over a short one, a handful at most", () => {
    expect(timeScale(dates, 1000).ticks.map((t) => t.label)).toEqual(["2022", "2023", "2024"]);
    const short = timeScale(
      [
        { saidOn: "2023-04-07", saidOnPrecision: "day" },
        { saidOn: "2023-09-10", saidOnPrecision: "day" },
      ],
      1000,
    ).ticks;
    expect(short.length).toBeGreaterThan(1);
    expect(short.length).toBeLessThanOrEqual(6);
    expect(short[0].label).toMatch(/^[A-Z][a-z]+ 2023$/);
  });

  it("copes with a single date and with none", () => {
    const one = timeScale([{ saidOn: "2024-06-14", saidOnPrecision: "day" }], 1000);
    expect(one.x("2024-06-14")).toBeGreaterThan(0);
    expect(one.x("2024-06-14")).toBeLessThan(1000);
    expect(timeScale([], 1000).ticks.length).toBeGreaterThan(0);
  });
});
