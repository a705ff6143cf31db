/**
 * Synthetic content for the benchmark: the real files in `content/` used as templates, with names,
 * slugs and text varied by a seeded random generator so the same size always gives the same files.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

export const REAL_CONTENT = resolve(import.meta.dirname, '..', 'content');
const TEMPLATE = 'microneedling';
const PRACTITIONER_TEMPLATE = 'karen-evans';

type Data = Record<string, unknown>;
interface Mdx {
  data: Data;
  body: string;
}
interface Stage {
  title: string;
  notice: string;
  end: { value: number; unit: string };
  do?: string[];
}
interface Step {
  detail: string;
  preparation?: boolean;
}

export interface ContentCounts {
  treatments: number;
  practitioners: number;
}

const AREAS = ['face', 'neck', 'chest', 'hands', 'back', 'upper arms', 'scalp'];
const CONCERNS = [
  'scars',
  'wrinkles',
  'large pores',
  'fine lines',
  'pigmentation',
  'acne marks',
  'dull skin',
  'uneven texture',
  'stretch marks',
];
const ROLES = ['Practitioner', 'Senior practitioner', 'Aesthetic nurse', 'Skin therapist'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const SUMMARIES = [
  'Tiny sterile needles make the skin start its own repair, so it builds new collagen and tissue.',
  'A gentle clinic treatment that helps the skin renew its top layer and look smoother.',
  'A course of short sessions that can soften scars, fine lines and uneven texture.',
  'A treatment that prompts the skin to repair itself, leaving it firmer and more even.',
];

/** mulberry32: a small, fast, seeded generator; good enough to vary text. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = ReturnType<typeof seededRandom>;
const between = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
/** `count` items of `list` in their original order. */
function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, list.length))
    picked.add(between(random, 0, list.length - 1));
  return [...picked].sort((a, b) => a - b).map((index) => list[index] as T);
}

function readMdx(path: string): Mdx {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path} has no front matter`);
  return { data: parse(match[1] ?? '') as Data, body: match[2] ?? '' };
}

function writeMdx(path: string, { data, body }: Mdx) {
  writeFileSync(path, `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`);
}

const pad = (n: number) => String(n).padStart(4, '0');
const treatmentSlug = (n: number) => `treatment-${pad(n)}`;
const practitionerSlug = (n: number) => `practitioner-${pad(n)}`;
const renamed = (text: string, name: string) =>
  text.replaceAll('Microneedling', name).replaceAll('microneedling', name);

/** Every sentence of the real bodies, to vary the synthetic ones with realistic words. */
function sentencesOf(bodies: string[]): string[] {
  return bodies
    .join(' ')
    .replace(/<[^>]+>|#+ /g, ' ')
    .split(/(?<=\.)\s+/)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 20);
}

function reviewDates(random: Random) {
  const month = String(between(random, 1, 12)).padStart(2, '0');
  const day = String(between(random, 1, 28)).padStart(2, '0');
  return { lastReviewed: `2026-${month}-${day}`, nextReview: `2027-${month}-${day}` };
}

function treatment(template: Mdx, n: number, pool: number, sentences: string[], random: Random) {
  const name = `Treatment ${pad(n)}`;
  const data: Data = {
    ...template.data,
    name,
    otherNames: sample(random, template.data['otherNames'] as string[], between(random, 0, 3)),
    summary: SUMMARIES[between(random, 0, SUMMARIES.length - 1)],
    areas: sample(random, AREAS, between(random, 1, 3)),
    concerns: sample(random, CONCERNS, between(random, 1, 4)),
    sessionInterval:
      random() < 0.7
        ? { value: between(random, 2, 8), unit: 'weeks' }
        : { value: between(random, 10, 42), unit: 'days' },
    practitioners: sample(
      random,
      Array.from({ length: pool }, (_, i) => practitionerSlug(i + 1)),
      between(random, 2, 5),
    ),
    ...reviewDates(random),
  };
  if (random() < 0.5) delete data['needleDepths'];
  const extra = renamed(sample(random, sentences, between(random, 3, 6)).join(' '), name);
  return { data, body: `${renamed(template.body, name)}\n## About ${name}\n\n${extra}\n` };
}

function procedure(template: Mdx, n: number, random: Random) {
  const name = `Treatment ${pad(n)}`;
  const steps = template.data['steps'] as Step[];
  const preparation = steps.filter((step) => step.preparation);
  const session = steps.filter((step) => !step.preparation);
  const data: Data = {
    ...template.data,
    treatment: treatmentSlug(n),
    title: `What happens during ${name}`,
    description: renamed(template.data['description'] as string, name),
    steps: [
      ...sample(random, preparation, between(random, 1, preparation.length)),
      ...sample(random, session, between(random, 1, session.length)),
    ],
    ...reviewDates(random),
  };
  return { data, body: renamed(template.body, name) };
}

function aftercare(template: Mdx, n: number, random: Random) {
  const name = `Treatment ${pad(n)}`;
  // Stages are in order of start, then end; the last one ends no earlier than any before it.
  const stages = structuredClone(template.data['timeline'] as Stage[]);
  const last = stages.at(-1) as Stage;
  last.end = { value: between(random, 7, 28), unit: 'days' };
  last.notice = `Your skin is still recovering for ${last.end.value} days after treatment.`;
  last.do = sample(random, last.do ?? [], between(random, 1, 3));
  const data: Data = {
    ...template.data,
    treatment: treatmentSlug(n),
    title: `Aftercare for ${name}`,
    description: renamed(template.data['description'] as string, name),
    timeline: random() < 0.3 ? [stages[0], last] : stages,
    ...reviewDates(random),
  };
  return { data, body: renamed(template.body, name) };
}

function practitioner(template: Mdx, n: number, random: Random) {
  const data: Data = {
    ...template.data,
    name: `Practitioner ${pad(n)}`,
    role: ROLES[between(random, 0, ROLES.length - 1)],
  };
  if (random() < 0.5) data['workingDays'] = sample(random, DAYS, between(random, 2, 5));
  return { data, body: template.body };
}

/** The size of the practitioner pool for a number of treatments. */
export const poolFor = (treatments: number) => Math.max(3, Math.round(treatments * 1.5));

/**
 * Writes a content folder into `dir`: the real content for `treatments` = 1 (the "1x" site), else
 * that many synthetic treatments, each with its procedure and aftercare, and their practitioners.
 */
export function generateContent(dir: string, treatments: number, seed = 42): ContentCounts {
  if (treatments === 1) {
    cpSync(REAL_CONTENT, dir, { recursive: true });
    return { treatments: 1, practitioners: 3 };
  }
  const random = seededRandom(seed);
  const read = (folder: string, slug: string) => readMdx(join(REAL_CONTENT, folder, `${slug}.mdx`));
  const templates = {
    treatments: read('treatments', TEMPLATE),
    procedures: read('procedures', TEMPLATE),
    aftercare: read('aftercare', TEMPLATE),
    practitioners: read('practitioners', PRACTITIONER_TEMPLATE),
  };
  const sentences = sentencesOf([
    ...[templates.treatments, templates.procedures, templates.aftercare].map(({ body }) => body),
    ...(templates.aftercare.data['timeline'] as Stage[]).map(({ notice }) => notice),
    ...(templates.procedures.data['steps'] as Step[]).map(({ detail }) => detail),
  ]);
  for (const folder of Object.keys(templates)) mkdirSync(join(dir, folder), { recursive: true });
  cpSync(join(REAL_CONTENT, 'site.yaml'), join(dir, 'site.yaml'));
  // The clinic's word list holds for every page; its allowed wording names the real files only.
  cpSync(join(REAL_CONTENT, 'words.txt'), join(dir, 'words.txt'));

  const pool = poolFor(treatments);
  for (let n = 1; n <= treatments; n++) {
    const slug = treatmentSlug(n);
    const write = (folder: string, mdx: Mdx) => writeMdx(join(dir, folder, `${slug}.mdx`), mdx);
    write('treatments', treatment(templates.treatments, n, pool, sentences, random));
    write('procedures', procedure(templates.procedures, n, random));
    write('aftercare', aftercare(templates.aftercare, n, random));
  }
  for (let n = 1; n <= pool; n++) {
    const path = join(dir, 'practitioners', `${practitionerSlug(n)}.mdx`);
    writeMdx(path, practitioner(templates.practitioners, n, random));
  }
  return { treatments, practitioners: pool };
}

/** The kinds of change an editor makes, each timed as a warm rebuild. */
export const CHANGES = ['a treatment', 'a practitioner', 'site.yaml'] as const;
export type Change = (typeof CHANGES)[number];

/** The file of the first treatment or practitioner: the real one in the real content, else 0001. */
function firstOf(dir: string, folder: string, real: string, synthetic: string): string {
  const path = join(dir, folder, `${real}.mdx`);
  return existsSync(path) ? path : join(dir, folder, `${synthetic}.mdx`);
}

/** Makes one change of `kind` as an editor would, different for each `edit`. Returns the file. */
export function editContent(dir: string, kind: Change, edit: number): string {
  if (kind === 'site.yaml') {
    const path = join(dir, 'site.yaml');
    const text = readFileSync(path, 'utf8').replace(
      /^clinicName: .*$/m,
      `clinicName: Clinic ${edit}`,
    );
    writeFileSync(path, text);
    return path;
  }
  const path =
    kind === 'a treatment'
      ? firstOf(dir, 'treatments', TEMPLATE, treatmentSlug(1))
      : firstOf(dir, 'practitioners', PRACTITIONER_TEMPLATE, practitionerSlug(1));
  const mdx = readMdx(path);
  writeMdx(path, { ...mdx, body: `${mdx.body}\nThis paragraph was changed by edit ${edit}.\n` });
  return path;
}

/** Sentences of the real treatment, procedure and aftercare text, for other generated pages. */
export function realSentences(): string[] {
  const read = (folder: string) => readMdx(join(REAL_CONTENT, folder, `${TEMPLATE}.mdx`)).body;
  return sentencesOf(['treatments', 'procedures', 'aftercare'].map(read));
}
