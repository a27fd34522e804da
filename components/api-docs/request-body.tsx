import type { RequestBodyDoc } from "@/lib/api-docs";
import { TypeWithLink } from "./property-list";

/** The top-level fields of a request body, linked to the full description of its schema. */
export function RequestBody({ body }: { body: RequestBodyDoc }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="mb-1 text-left font-medium text-stone-800">
          Request body{body.required && <span className="ml-1 text-xs font-normal text-rose-800">required</span>}
          <span className="block text-xs font-normal text-stone-600">
            <code>{body.mediaType}</code>:{" "}
            {body.schemaName ? <TypeWithLink type={body.type} schemaName={body.schemaName} /> : body.type}
          </span>
        </caption>
        <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-500">
          <tr>
            <th scope="col" className="py-1 pr-3">Field</th>
            <th scope="col" className="py-1 pr-3">Type</th>
            <th scope="col" className="py-1">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {body.fields.map((f) => (
            <tr key={f.name} className="border-b border-stone-100 align-top">
              <th scope="row" className="py-1.5 pr-3 font-normal">
                <code className="font-semibold">{f.name}</code>
                {f.required && <span className="ml-1 text-xs text-rose-800">required</span>}
              </th>
              <td className="py-1.5 pr-3 text-stone-600">
                {f.schemaName ? <TypeWithLink type={f.type} schemaName={f.schemaName} /> : f.type}
              </td>
              <td className="py-1.5 text-stone-800">{f.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
