import { describe, expect, it } from "vitest";
import { formatSaidOn, fromDbDate, isIsoDate, machineDate, startOfPrecision, toDbDate } from "@/lib/dates";

describe("dates", () => {
  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-6-1")).toBe(false);
    expect(isIsoDate("yesterday")).toBe(false);
  });

  it("never claims more precision than is known", () => {
    expect(formatSaidOn("2024-06-14", "day")).toBe("14 June 2024");
    expect(formatSaidOn("2023-06-01", "month")).toBe("June 2023");
    expect(formatSaidOn("2023-01-01", "year")).toBe("2023");
    expect(formatSaidOn("2023-09-04", "week")).toBe("4–10 September 2023");
    expect(formatSaidOn("2023-08-28", "week")).toBe("28 August – 3 September 2023");
  });

  it("round-trips a calendar day through the database representation in any time zone", () => {
    expect(fromDbDate(toDbDate("2024-06-14"))).toBe("2024-06-14");
    expect(toDbDate("2024-06-14").toISOString()).toBe("2024-06-14T00:00:00.000Z");
  });

  it("gives the first day of a period and a machine-readable date at its precision", () => {
    expect(startOfPrecision("2023-09-07", "week")).toBe("2023-09-04");
    expect(startOfPrecision("2023-09-07", "month")).toBe("2023-09-01");
    expect(machineDate("2023-06-01", "month")).toBe("2023-06");
    expect(machineDate("2023-09-04", "week")).toBe("2023-W36");
  });
});
