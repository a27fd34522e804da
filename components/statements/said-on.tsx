import { formatSaidOn, machineDate, type DatePrecision } from "@/lib/dates";

/** A date shown at the precision it is known: "June 2023", never "1 June 2023". */
export function SaidOn({ saidOn, precision }: { saidOn: string; precision: DatePrecision }) {
  return (
    <time dateTime={machineDate(saidOn, precision)} title={precision === "day" ? undefined : `Known to the ${precision}`}>
      {formatSaidOn(saidOn, precision)}
    </time>
  );
}
