import { z } from "zod";
import { cachedResponse } from "@/lib/api/cached-response";
import { FEED_SIZE, statementsAtomFeed } from "@/lib/statements/feed";
import { filterLabels } from "@/lib/statements/filter-labels";
import { filtersOnlySearchParams, paramsToRecord, parseFiltersStrict, type StatementFilters } from "@/lib/statements/filters";
import { listFilterOptions, listStatements, unknownFilterMessage } from "@/lib/statements/queries";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseFiltersStrict(paramsToRecord(url.searchParams));
  if (!parsed.success) {
    const problems = Object.entries(z.flattenError(parsed.error).fieldErrors).map(
      ([field, messages]) => `${field}: ${(messages ?? []).join("; ")}`,
    );
    return badRequest(problems);
  }
  const filters = { ...parsed.data, cursor: undefined, limit: FEED_SIZE };
  // The feed's links carry the origin it was asked for.
  return cachedResponse(`feed ${url.origin} ${JSON.stringify(filters)}`, () => buildFeed(url, filters));
}

async function buildFeed(url: URL, filters: StatementFilters): Promise<Response> {
  const [page, options] = await Promise.all([listStatements(filters), listFilterOptions()]);
  if (page.unknown.length > 0) {
    return badRequest(page.unknown.map(unknownFilterMessage));
  }

  const query = filtersOnlySearchParams(filters).toString();
  const labels = filterLabels(filters, options).map((l) => l.label);
  const xml = statementsAtomFeed(page.items, {
    origin: url.origin,
    selfUrl: `${url.origin}/feed.xml${query ? `?${query}` : ""}`,
    pageUrl: `${url.origin}/${query ? `?${query}` : ""}`,
    subtitle: labels.length ? `Newest statements matching: ${labels.join("; ")}` : "Newest statements recorded",
  });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}

function badRequest(problems: string[]) {
  return new Response(`Invalid feed address.\n${problems.join("\n")}\n`, {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
