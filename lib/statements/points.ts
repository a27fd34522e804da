import "server-only";
import { getDb } from "../db";
import type { DatePrecision } from "../dates";
import { Prisma } from "../generated/prisma/client";
import { statementExcerpt } from "./excerpt";
import type { StatementFilters } from "./filters";
import { statementWhere, type UnknownFilterValue } from "./queries";

/** One statement as a mark on a chart: who, when (at its precision), and its opening words. */
export type StatementPoint = {
  id: number;
  actorSlug: string;
  actorName: string;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  label: string;
};

export type StatementPointsView = {
  /** Newest first. */
  points: StatementPoint[];
  /** More statements match than `max`: the oldest are left out. */
  truncated: boolean;
  unknown: UnknownFilterValue[];
};

export const MAX_POINTS = 3000;

/**
 * Light points for every statement matching the timeline's filters (cursor and
 * page size aside), for charts. One query; the words are cut in SQL so a chart
 * of thousands of statements does not carry their full texts.
 */
export async function listStatementPoints(
  filters: Omit<StatementFilters, "cursor" | "limit">,
  max = MAX_POINTS,
): Promise<StatementPointsView> {
  const { where, unknown } = await statementWhere(filters);
  if (!where) return { points: [], truncated: false, unknown };
  const db = await getDb();
  const rows = await db.$queryRaw<
    {
      id: number;
      actorSlug: string;
      actorName: string;
      saidOn: string;
      saidOnPrecision: DatePrecision;
      quote: string | null;
      paraphrase: string | null;
    }[]
  >(Prisma.sql`
    SELECT s.id, a.slug AS "actorSlug", a.name AS "actorName",
           to_char(s."saidOn", 'YYYY-MM-DD') AS "saidOn", s."saidOnPrecision"::text AS "saidOnPrecision",
           left(s.quote, 200) AS quote, left(s.paraphrase, 200) AS paraphrase
      FROM "Statement" s JOIN "Actor" a ON a.id = s."actorId"
     WHERE ${where}
     ORDER BY s."saidOn" DESC, s.id DESC
     LIMIT ${max + 1}`);
  return {
    points: rows.slice(0, max).map((r) => ({
      id: Number(r.id),
      actorSlug: r.actorSlug,
      actorName: r.actorName,
      saidOn: r.saidOn,
      saidOnPrecision: r.saidOnPrecision,
      label: statementExcerpt(r),
    })),
    truncated: rows.length > max,
    unknown,
  };
}
