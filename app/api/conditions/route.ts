import { withDatabaseErrors } from "@/lib/api/respond";
import { toConditionSummaryJson } from "@/lib/conditions/json";
import { listConditions } from "@/lib/conditions/queries";

export const GET = withDatabaseErrors(async function GET() {
  return Response.json({ items: (await listConditions()).map(toConditionSummaryJson) });
});
