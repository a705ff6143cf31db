/** Suggestions for a misspelt name, such as a field or a file an editor meant to type. */

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (const [i, charA] of [...a].entries()) {
    const current = [i + 1];
    for (const [j, charB] of [...b].entries()) {
      const replace = (previous[j] ?? 0) + (charA === charB ? 0 : 1);
      current.push(Math.min((previous[j + 1] ?? 0) + 1, (current[j] ?? 0) + 1, replace));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// Two slips (a missing letter, a swapped pair, a wrong letter) are worth a suggestion; more are not.
const MOST_SLIPS = 2;

/** The name in `names` that `typed` is closest to, ignoring capitals, if it is only a slip away. */
export function closestSpelling(typed: string, names: Iterable<string>): string | undefined {
  const near = [...names]
    .map((name) => ({ name, distance: editDistance(typed.toLowerCase(), name.toLowerCase()) }))
    .filter(({ distance }) => distance <= MOST_SLIPS)
    .sort((a, b) => a.distance - b.distance);
  return near[0]?.name;
}
