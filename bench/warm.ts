/** Warm rebuilds: the largest site built again with its cache after each kind of editor's change. */
import { CHANGES, editContent, type Change } from './generate.ts';
import { runBuild, type BuildOptions, type BuildResult } from './measure.ts';

export interface WarmResult {
  change: Change;
  builds: BuildResult[];
}

/**
 * Rebuilds `runs` times after each kind of change, keeping the last cold build's cache dir and out
 * dir path. Run it straight after that size's cold builds: the out dir is shared.
 */
export async function warmRebuilds(
  cold: BuildOptions,
  runs: number,
  log: (message: string) => void,
): Promise<WarmResult[]> {
  const results: WarmResult[] = [];
  for (const change of CHANGES) {
    const builds: BuildResult[] = [];
    for (let run = 1; run <= runs; run++) {
      const file = editContent(cold.contentDir, change, run);
      const build = await runBuild(cold);
      builds.push(build);
      log(
        `warm: ${change} run ${run}/${runs} after editing ${file}: ${build.seconds.toFixed(1)} s, ` +
          `${build.pages - build.reusedPages} pages rendered, ${build.reusedPages} copied`,
      );
    }
    results.push({ change, builds });
  }
  return results;
}
