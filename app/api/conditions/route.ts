import { toConditionSummaryJson } from "@/lib/conditions/json";
import { listConditions } from "@/lib/conditions/queries";

export async function GET() {
  return Response.json({ items: (await listConditions()).map(toConditionSummaryJson) });
}
