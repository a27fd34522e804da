import { curlExample, type OperationDoc } from "@/lib/api-docs";
import { TypeWithLink } from "./property-list";
import { RequestBody } from "./request-body";

/** One endpoint: what it does, its parameters and request body, an example request and its responses. */
export function OperationSection({ operation: op, origin }: { operation: OperationDoc; origin: string }) {
  const example = `${origin}${op.examplePath}`;
  const csv = op.parameters.some((p) => p.name === "format") ? `${example}${example.includes("?") ? "&" : "?"}format=csv` : null;
  return (
    <section id={op.id} aria-labelledby={`${op.id}-h`} className="scroll-mt-4 space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <header className="space-y-1">
        <h3 id={`${op.id}-h`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <span className="rounded bg-emerald-100 px-2 py-0.5 font-mono text-xs font-semibold text-emerald-900">
            {op.method}
          </span>
          <code className="break-all text-base font-semibold">{op.path}</code>
          <span className="text-base font-normal text-stone-600">{op.summary}</span>
        </h3>
        {op.description && <p className="text-sm text-stone-700">{op.description}</p>}
      </header>

      {op.parameters.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="mb-1 text-left font-medium text-stone-800">Parameters</caption>
            <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-500">
              <tr>
                <th scope="col" className="py-1 pr-3">Name</th>
                <th scope="col" className="py-1 pr-3">In</th>
                <th scope="col" className="py-1 pr-3">Type</th>
                <th scope="col" className="py-1">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {op.parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`} className="border-b border-stone-100 align-top">
                  <th scope="row" className="py-1.5 pr-3 font-normal">
                    <code className="font-semibold">{p.name}</code>
                    {p.required && <span className="ml-1 text-xs text-rose-800">required</span>}
                  </th>
                  <td className="py-1.5 pr-3 text-stone-600">{p.in}</td>
                  <td className="py-1.5 pr-3 text-stone-600">{p.type}</td>
                  <td className="py-1.5 text-stone-800">
                    {p.description}
                    {p.constraints.length > 0 && (
                      <span className="block text-xs text-stone-500">{p.constraints.join("; ")}</span>
                    )}
                    {p.example && (
                      <span className="block text-xs text-stone-500">
                        e.g. <code>{p.example}</code>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {op.requestBody && <RequestBody body={op.requestBody} />}

      <div className="space-y-1">
        <h4 className="text-sm font-medium text-stone-800">Example</h4>
        <pre className="whitespace-pre-wrap break-all rounded bg-stone-900 p-3 text-sm text-stone-100">
          <code>{curlExample(op, origin)}</code>
        </pre>
        {csv && (
          <pre className="whitespace-pre-wrap break-all rounded bg-stone-900 p-3 text-sm text-stone-100">
            <code>{`curl -OJ '${csv}'`}</code>
          </pre>
        )}
      </div>

      <div className="space-y-1">
        <h4 className="text-sm font-medium text-stone-800">Responses</h4>
        <dl className="space-y-2 text-sm">
          {op.responses.map((r) => (
            <div key={r.status} className="grid gap-x-3 sm:grid-cols-[3.5rem_1fr]">
              <dt className="font-mono font-semibold">{r.status}</dt>
              <dd className="space-y-0.5">
                <p>{r.description}</p>
                {r.content.map((c) => (
                  <p key={c.mediaType} className="text-stone-600">
                    <code>{c.mediaType}</code>:{" "}
                    {c.schemaName ? <TypeWithLink type={c.type} schemaName={c.schemaName} /> : c.type}
                    {c.description && <span className="block text-xs text-stone-500">{c.description}</span>}
                  </p>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
