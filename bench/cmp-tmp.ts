import { join } from 'node:path';
import { runBuild } from './measure.ts';
const B = process.env.B!;
const variants: Record<string, { projectDir: string; contentDir: string }> = {
  site: { projectDir: `${B}/project`, contentDir: `${B}/content-100` },
  peer: { projectDir: `${B}/peer-100/project`, contentDir: `${B}/peer-100/content` },
};
for (let i = 0; i < Number(process.env.RUNS ?? 3); i++)
  for (const [name, v] of Object.entries(variants)) {
    const r = await runBuild({ ...v, outDir: `${v.projectDir}/dist`, cacheDir: join('/tmp/exp', `cache-${name}-${i}-${Date.now()}`) });
    console.log(name.padEnd(6), 'net', (r.cpuSeconds - r.extraOutputCpuSeconds).toFixed(2),
      r.phases.filter((p) => !['Pagefind', 'share cards', 'precompression', 'finish', 'types and build setup'].includes(p.name)).map((p) => `${p.name.slice(0,12)}:${p.ownCpuSeconds.toFixed(2)}`).join(' | '));
  }
