// Sent with every response, static files included. The Content-Security-Policy
// needs a nonce per request and is set by proxy.ts (lib/security/csp.ts).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and wasm database drivers are loaded by Node at run time, not bundled.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // proxy.ts answers readers' pages from a cache of their HTML and must tell a
  // browser's request for the document from a client navigation's request for
  // the RSC payload of the same URL: normalized, it would see neither the
  // flight headers nor the _rsc parameter that tell them apart.
  skipProxyUrlNormalize: true,
  // Lets two servers of one checkout run side by side (a benchmark next to a dev server).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
