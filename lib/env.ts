import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL URL. Unset: the embedded database below is used instead. */
  DATABASE_URL: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// or postgresql:// URL" }).optional())
    .optional(),
  /** Folder of the embedded PGlite database; "memory://" keeps it in memory. */
  PGLITE_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
  /** Load the demo data into an empty embedded database on first start. */
  SEED_DEMO_DATA: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /**
   * Signs and encrypts editors' session cookies. Required in production; in
   * development and tests a fixed default stands in, with a warning.
   */
  AUTH_SECRET: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(z.string().min(32, { error: "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)" }).optional())
    .optional(),
  /** The site's public address (https://positions.example.org), used for cookies and origin checks. */
  AUTH_URL: z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(z.url({ protocol: /^https?$/, error: "AUTH_URL must be an http:// or https:// URL" }).optional())
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parsed on first use, not at import: tests and scripts set variables before they ask. */
export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${JSON.stringify(z.flattenError(parsed.error).fieldErrors)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

// Public on purpose: it only ever protects development and test databases.
const DEV_AUTH_SECRET = "positions-development-secret-not-for-production-use";
let warnedDevSecret = false;

/**
 * The secret for editors' sessions; outside production, a fixed default when
 * unset. Checked here rather than at parse time so that `next build`, which
 * runs as production but signs nobody in, does not need it.
 */
export function authSecret(): string {
  const { AUTH_SECRET, NODE_ENV } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is required in production (generate one with: openssl rand -base64 32)");
  }
  if (NODE_ENV !== "test" && !warnedDevSecret) {
    warnedDevSecret = true;
    console.warn("AUTH_SECRET is not set: using the development default. Set it before going to production.");
  }
  return DEV_AUTH_SECRET;
}

/**
 * The site's address as better-auth needs it. The app calls better-auth
 * directly, never through its HTTP handler, so the address only decides
 * whether session cookies are Secure; outside production, where they never
 * are, the development server's address stands in so better-auth does not
 * warn on every start. Unset in production, better-auth takes it from each
 * request and warns: set AUTH_URL there.
 */
export function authBaseUrl(): string | undefined {
  const { AUTH_URL, NODE_ENV } = env();
  if (AUTH_URL) return AUTH_URL;
  return NODE_ENV === "production" ? undefined : "http://localhost:3000";
}
