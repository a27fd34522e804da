import { NextResponse, type NextRequest } from "next/server";
import { databaseAvailable } from "@/lib/health/database";
import { databaseUnavailableJson, databaseUnavailablePage } from "@/lib/health/unavailable";

// A page cannot set its own status once Next has begun streaming it, so the
// 503 for "the database is away" is answered here, before rendering starts,
// from a flag that failing queries raise (instrumentation.ts, lib/api/respond.ts).
export async function proxy(request: NextRequest) {
  if (!(await databaseAvailable())) {
    return request.nextUrl.pathname.startsWith("/api/") ? databaseUnavailableJson() : databaseUnavailablePage();
  }
  return NextResponse.next();
}

export const config = {
  // Static assets need no database; health and readiness report for themselves.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|api/health|api/ready).*)"],
};
