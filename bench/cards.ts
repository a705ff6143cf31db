/**
 * `npm run bench:cards`: draws the same share cards with each renderer the site has tried, one at
 * a time and one per core, and prints CPU and wall milliseconds a card and the PNG's size.
 *
 *   --cards 200   cards per renderer and way of drawing (default 200)
 *
 * CPU time is the process's own (all its threads, from `process.cpuUsage`), which other work on
 * the machine hardly changes; the load average is printed beside the wall times.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { CardInputs } from '../src/share-cards/card-inputs.ts';
import { eachAtOnce } from '../src/lib/each-at-once.ts';
import { drawCard } from '../src/share-cards/draw-card.ts';
import { drawCardWithSatori } from './satori-card.ts';

const { values: flags } = parseArgs({ options: { cards: { type: 'string', default: '200' } } });
const count = Number(flags.cards);
if (!(count >= 1)) throw new Error('Use --cards with a number of 1 or more');

const RENDERERS: [string, (card: CardInputs) => Promise<Buffer>][] = [
  ['satori + resvg (before)', drawCardWithSatori],
  ['takumi (now)', drawCard],
];

/** Cards as a site at 1,000 treatments has them: numbered titles, some long enough to wrap. */
const cards: CardInputs[] = Array.from({ length: count }, (_, n) => ({
  title: n % 3 === 0 ? `What to expect in the weeks after treatment ${n}` : `Treatment ${n}`,
  kind: n % 5 === 0 ? undefined : 'Treatment',
  siteName: 'The Skin Clinic',
  host: 'www.example.com',
}));

async function measure(draw: (card: CardInputs) => Promise<Buffer>, atOnce: number) {
  // The first card reads the fonts; it is not part of drawing a card.
  await draw({ title: 'Warm-up', siteName: 'The Skin Clinic', host: 'www.example.com' });
  let bytes = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await eachAtOnce(cards, atOnce, async (card) => {
    bytes += (await draw(card)).length;
  });
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    cpuMs: (used.user + used.system) / 1000 / count,
    wallMs: wall / count,
    kb: bytes / count / 1024,
  };
}

const cores = availableParallelism();
const rows: string[][] = [];
for (const [name, draw] of RENDERERS) {
  for (const atOnce of [1, cores]) {
    const load = loadavg()[0]!.toFixed(1);
    const { cpuMs, wallMs, kb } = await measure(draw, atOnce);
    rows.push([
      name,
      atOnce === 1 ? 'one at a time' : `${atOnce} at once`,
      cpuMs.toFixed(1),
      wallMs.toFixed(1),
      kb.toFixed(1),
      load,
    ]);
    process.stderr.write(`[bench:cards] ${name}, ${atOnce} at once: done\n`);
  }
}
const head = ['renderer', 'drawn', 'CPU ms a card', 'wall ms a card', 'PNG KB', 'load (1 min)'];
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
console.log(
  [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n') +
    `\n\n${count} cards each, ${cores} cores, Node ${process.version}.`,
);
