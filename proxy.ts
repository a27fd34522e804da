import { NextResponse, type NextRequest } from "next/server";
import { databaseAvailable } from "@/lib/health/database";
import { databaseUnavailableJson, databaseUnavailablePage } from "@/lib/health/unavailable";
import { env } from "@/lib/env";
import { cachedPage, isPageRender } from "@/lib/pages/page-cache";
import { createNonce, dataContentSecurityPolicy, pageContentSecurityPolicy } from "@/lib/security/csp";

// A page cannot set its own status once Next has begun streaming it, so the
// 503 for "the database is away" is answered here, before rendering starts,
// from a flag that failing queries raise (instrumentation.ts, lib/api/respond.ts).
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const csp =
    pathname.startsWith("/api/") || pathname === "/feed.xml"
      ? dataContentSecurityPolicy
      : pageContentSecurityPolicy(createNonce(), { development: env().NODE_ENV === "development" });
  if (!(await databaseAvailable())) {
    const response = pathname.startsWith("/api/") ? databaseUnavailableJson() : databaseUnavailablePage();
    response.headers.set("Content-Security-Policy", csp);
    return response;
  }
  // Readers' pages come from the page cache (lib/pages/page-cache.ts), which
  // renders a miss by asking this server again: that request goes on to Next.
  // In development every change must show, so nothing is cached there.
  if (env().NODE_ENV === "production" && !isPageRender(request)) {
    const cached = await cachedPage(request);
    if (cached) return cached;
  }
  // Next takes the page's nonce from the request's policy and puts it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Static assets need no database; health and readiness report for themselves.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|api/health|api/ready).*)"],
};
