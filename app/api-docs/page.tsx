import type { Metadata } from "next";
import { OperationSection } from "@/components/api-docs/operation-section";
import { PropertyList } from "@/components/api-docs/property-list";
import { apiDocsView } from "@/lib/api-docs";
import { requestOrigin } from "@/lib/origin";

export const metadata: Metadata = {
  title: "API",
  description:
    "The Positions API: statements, actors, conditions and topics as JSON, CSV and Atom; for editors, recording, correcting and retracting statements.",
};

export default async function ApiDocsPage() {
  const view = apiDocsView();
  // The examples name this very site, so they can be pasted as they are.
  const origin = await requestOrigin();

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">{view.title}</h1>
        {view.description && <p className="max-w-3xl text-stone-700">{view.description}</p>}
        <p className="text-sm text-stone-600">
          Version {view.version}. Machine-readable description (OpenAPI 3.1):{" "}
          <a href="/api/openapi.json" className="underline hover:text-blue-800">
            /api/openapi.json
          </a>
          . Every timeline address works as an API query: the same parameters give the same statements in the same
          order.
        </p>
      </header>

      <nav aria-label="Endpoints" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-stone-500">Endpoints</h2>
        <ul className="space-y-1 text-sm">
          {view.groups.flatMap((g) =>
            g.operations.map((op) => (
              <li key={op.id}>
                <a href={`#${op.id}`} className="hover:underline">
                  <span className="font-mono text-xs text-emerald-800">{op.method}</span>{" "}
                  <code className="font-semibold">{op.path}</code> <span className="text-stone-600">{op.summary}</span>
                </a>
              </li>
            )),
          )}
        </ul>
      </nav>

      {view.groups.map((g) => (
        <section key={g.tag} aria-labelledby={`group-${g.tag}`} className="space-y-3">
          <h2 id={`group-${g.tag}`} className="text-xl font-semibold">
            {g.tag}
          </h2>
          {g.description && <p className="text-stone-700">{g.description}</p>}
          {g.operations.map((op) => (
            <OperationSection key={op.id} operation={op} origin={origin} />
          ))}
        </section>
      ))}

      <section aria-labelledby="schemas-h" className="space-y-3">
        <h2 id="schemas-h" className="text-xl font-semibold">
          Request and response shapes
        </h2>
        {view.schemas.map((s) => (
          <section
            key={s.name}
            id={`schema-${s.name}`}
            aria-labelledby={`schema-${s.name}-h`}
            className="scroll-mt-4 space-y-2 rounded-lg border border-stone-200 bg-white p-4"
          >
            <h3 id={`schema-${s.name}-h`} className="font-mono text-base font-semibold">
              {s.name}
            </h3>
            {s.description && <p className="text-sm text-stone-700">{s.description}</p>}
            {s.properties.length > 0 ? (
              <PropertyList properties={s.properties} />
            ) : (
              <p className="text-sm text-stone-600">No fields.</p>
            )}
          </section>
        ))}
      </section>
    </div>
  );
}
