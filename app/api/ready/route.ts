import { isDatabaseReady } from "@/lib/health/readiness";

/** Seconds a load balancer or client should wait before asking again. */
const RETRY_AFTER_SECONDS = 5;

// Readiness: whether this instance should receive traffic, i.e. whether it can reach its database.
export async function GET() {
  if (await isDatabaseReady()) {
    return Response.json({ status: "ready" }, { headers: { "Cache-Control": "no-store" } });
  }
  return Response.json(
    { status: "unavailable" },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );
}
