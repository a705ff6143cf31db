/**
 * Numbers typed with their unit ("6 weeks", "1,5mm"). YAML reads them as text, and "must be a
 * number" alone reads as if "6" were wrong; the message says to write the number alone and where the
 * unit goes instead.
 */
/** Where a number's unit is written instead of beside it. */
export interface UnitPlace {
  /** The sentence that tells the editor what to do with the unit. */
  advice: string;
  /** The unit line to add under the number, from the unit as typed; none when the unit is fixed. */
  unitLine?: (typed: string) => string;
  /** A sign typed in front of the number (£120), and what to say about it. */
  sign?: { symbol: string; problem: string };
}

const WITH_UNIT = /^\s*(-?\d+(?:[.,]\d+)?)\s*([A-Za-z]+)\.?\s*$/;
const FIRST_NUMBER = /-?\d+(?:\.\d+)?/;

/** What is wrong with a number typed with a unit, and the lines to write; undefined when it is not one. */
export function numberWithUnit(
  label: string,
  input: unknown,
  example: string,
  place: UnitPlace,
): { problem: string; example: string } | undefined {
  if (typeof input !== 'string') return undefined;
  const [, typed = '', unit = ''] = WITH_UNIT.exec(input) ?? [];
  if (!typed) return undefined;
  const number = typed.replace(',', '.');
  const comma = typed.includes(',') ? ' Use a full stop for decimals, not a comma.' : '';
  const numberLine = example.replace(FIRST_NUMBER, number);
  return {
    problem: `${label} must be the number alone, but "${input.trim()}" has its unit in it. ${place.advice}${comma}`,
    example: place.unitLine ? `${numberLine}\n${place.unitLine(unit)}` : numberLine,
  };
}

/** A unit line from a choice of units: the one the editor typed, when it is one of them. */
export const unitChoice = (units: readonly string[]) => (typed: string) => {
  const singular = typed.toLowerCase().replace(/s$/, '');
  return `unit: ${units.find((unit) => singular.length > 0 && unit.startsWith(singular)) ?? units[0]}`;
};
