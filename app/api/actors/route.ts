import type { ActorListJson } from "@/lib/actors/api-schema";
import { toActorSummaryJson } from "@/lib/actors/json";
import { listActors } from "@/lib/actors/queries";

export async function GET() {
  const body: ActorListJson = { items: (await listActors()).map(toActorSummaryJson) };
  return Response.json(body);
}
