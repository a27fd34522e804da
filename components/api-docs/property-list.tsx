import type { PropertyDoc } from "@/lib/api-docs";

/** The fields of a response, nested objects indented under their field. */
export function PropertyList({ properties }: { properties: PropertyDoc[] }) {
  return (
    <ul className="space-y-1.5">
      {properties.map((p) => (
        <li key={p.name} className="text-sm">
          <code className="font-semibold text-stone-900">{p.name}</code>{" "}
          <span className="text-stone-600">
            {p.schemaName ? (
              <TypeWithLink type={p.type} schemaName={p.schemaName} />
            ) : (
              p.type
            )}
            {!p.required && ", optional"}
          </span>
          {p.description && <span className="text-stone-700">: {p.description}</span>}
          {p.children.length > 0 && (
            <div className="mt-1.5 border-l-2 border-stone-200 pl-3">
              <PropertyList properties={p.children} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "array of Statement" with Statement linking to its description below. */
export function TypeWithLink({ type, schemaName }: { type: string; schemaName: string }) {
  const at = type.indexOf(schemaName);
  if (at < 0) return <>{type}</>;
  return (
    <>
      {type.slice(0, at)}
      <a href={`#schema-${schemaName}`} className="underline hover:text-blue-800">
        {schemaName}
      </a>
      {type.slice(at + schemaName.length)}
    </>
  );
}
