/**
 * The bare Astro site the benchmark measures the clinic site against: Astro and its MDX
 * integration from this project's node_modules, one layout, one content collection of MDX files
 * and one route that renders each file as a page. The bench writes it with as many pages as the
 * clinic site has at that size and about as many words on each.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realSentences, seededRandom } from './generate.ts';
import { REPOSITORY } from '../scripts/repository.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://www.example.com',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.CACHE_DIR,
  markdown: { syntaxHighlight: false },
  integrations: [mdx()],
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.CONTENT_DIR }),
  schema: z.object({ title: z.string(), description: z.string() }),
});

export const collections = { pages };
`;

const LAYOUT = `---
const { title, description } = Astro.props;
---
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    <meta name="description" content={description} />
    <style>body { font-family: system-ui, sans-serif; max-width: 40rem; margin: auto; }</style>
  </head>
  <body>
    <header><a href="/">Home</a> <a href="/page-0001/">First page</a></header>
    <main><h1>{title}</h1><slot /></main>
    <footer>A bare Astro site.</footer>
  </body>
</html>
`;

const ROUTE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';

export async function getStaticPaths() {
  return (await getCollection('pages')).map((page) => ({ params: { slug: page.id }, props: { page } }));
}

const { page } = Astro.props;
const { Content } = await render(page);
---
<Layout title={page.data.title} description={page.data.description}><Content /></Layout>
`;

/** A page's body: paragraphs of real sentences under a heading every three, to `words` words. */
function body(sentences: string[], words: number, random: () => number): string {
  const blocks: string[] = [];
  let count = 0;
  while (count < words) {
    if (blocks.length % 4 === 0) blocks.push(`## Part ${blocks.length / 4 + 1}`);
    const paragraph = Array.from(
      { length: 3 },
      () => sentences[Math.floor(random() * sentences.length)],
    ).join(' ');
    blocks.push(paragraph);
    count += paragraph.split(/\s+/).length + 2;
  }
  return blocks.join('\n\n');
}

/** Where the peer project and its content are, to build with `runBuild`. */
export interface Peer {
  projectDir: string;
  contentDir: string;
}

/** Writes the peer project and `pages` MDX files of about `words` words each into `dir`. */
export function generatePeer(dir: string, pages: number, words: number, seed = 7): Peer {
  const projectDir = join(dir, 'project');
  const contentDir = join(dir, 'content');
  for (const folder of ['src/layouts', 'src/pages'])
    mkdirSync(join(projectDir, folder), { recursive: true });
  mkdirSync(contentDir, { recursive: true });
  symlinkSync(join(REPOSITORY, 'node_modules'), join(projectDir, 'node_modules'), 'dir');
  writeFileSync(join(projectDir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(projectDir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(projectDir, 'src', 'content.config.ts'), COLLECTIONS);
  writeFileSync(join(projectDir, 'src', 'layouts', 'Layout.astro'), LAYOUT);
  writeFileSync(join(projectDir, 'src', 'pages', '[slug].astro'), ROUTE);

  const random = seededRandom(seed);
  // Braces and angle brackets would be read as MDX expressions or components.
  const sentences = realSentences().filter((sentence) => !/[{}<>]/.test(sentence));
  for (let n = 1; n <= pages; n++) {
    const name = `page-${String(n).padStart(4, '0')}`;
    const frontmatter = `---\ntitle: Page ${n}\ndescription: A generated page of about ${words} words.\n---\n`;
    writeFileSync(join(contentDir, `${name}.mdx`), frontmatter + body(sentences, words, random));
  }
  return { projectDir, contentDir };
}
