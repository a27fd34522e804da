// Liveness: the process is up and serving. Touches no database, so a database
// outage makes instances unready (see /api/ready) rather than restarted.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
