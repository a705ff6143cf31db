/** A systemd unit file's settings: for each section, each key with every value it is given, in order. */
export type UnitFile = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

/**
 * Reads the plain form of a unit file that `deploy/` uses: `[Section]` lines, `Key=value` lines
 * (a key such as `Environment` may come more than once) and `#` comments. Anything else, a line
 * continued with a backslash included, is refused, so the test never passes over a setting.
 */
export function readUnitFile(text: string): UnitFile {
  const sections = new Map<string, Map<string, string[]>>();
  let section: Map<string, string[]> | undefined;
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return;
    const heading = /^\[([A-Za-z]+)\]$/.exec(trimmed);
    if (heading) {
      section = new Map();
      sections.set(heading[1]!, section);
      return;
    }
    const setting = /^([A-Za-z]+)=(.*)$/.exec(trimmed);
    if (!setting || !section || trimmed.endsWith('\\'))
      throw new Error(`Line ${index + 1} of the unit file is not a setting in a section: ${line}`);
    const key = setting[1]!;
    section.set(key, [...(section.get(key) ?? []), setting[2]!]);
  });
  return sections;
}

/** The one value of `key` in `section`; fails when it is missing or given more than once. */
export function onlyValue(unit: UnitFile, section: string, key: string): string {
  const values = unit.get(section)?.get(key) ?? [];
  if (values.length !== 1)
    throw new Error(`[${section}] ${key}= is given ${values.length} times, not once`);
  return values[0]!;
}
