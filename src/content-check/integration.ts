import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from './check.ts';
import { KeptFindings } from './files/kept-findings.ts';
import { shownPath } from './files/read-content.ts';
import { checkOnEverySave, holdUntilFixed } from './preview/mistakes-in-preview.ts';
import { pageTextGuard } from './body/build-guard.ts';
import { problemBlock } from './report.ts';
import type { ContentProblem } from './problem.ts';

// The latest check's warnings about the words, for the preview's notice.
let wordWarnings: readonly ContentProblem[] = [];

/** Runs the content check, logs its blocks, and returns the mistakes. */
function report(
  root: string,
  contentDir: string,
  kept: KeptFindings,
  logger: AstroIntegrationLogger,
) {
  const { problems, warnings } = checkContent(root, contentDir, kept);
  for (const warning of warnings) logger.warn(`\n${problemBlock(warning, 'Warning')}\n`);
  for (const problem of problems) logger.error(`\n${problemBlock(problem, 'Problem')}\n`);
  wordWarnings = warnings.filter(({ words }) => words !== undefined);
  return problems;
}

/**
 * Adds the page text guard to the Markdown processor, which `@astrojs/mdx` compiles MDX with too.
 * Its options are the ones the processor reads when it renders, so a plugin added here runs.
 */
function guardPageText(processor: AstroConfig['markdown']['processor']) {
  const plugins = (processor.options as { mdastPlugins?: unknown[] }).mdastPlugins;
  if (!Array.isArray(plugins))
    throw new Error(
      `The page text guard needs Astro's Sätteri Markdown processor, not "${processor.name}".`,
    );
  if (!plugins.includes(pageTextGuard)) plugins.push(pageTextGuard);
}

/**
 * Checks the content before Astro reads it, with the same rules and messages as
 * `npm run check:content`, so an editor's mistake stops `npm run build` and `npm run dev` with a
 * readable message instead of a stack trace, and nothing half-built is published. Register it first.
 * In `npm run dev` the mistakes are shown in the browser instead: `preview/mistakes-in-preview.ts`.
 */
export default function contentCheck(contentDir: string): AstroIntegration {
  // Astro's root, which paths are shown relative to; known from `astro:config:setup` on.
  let root = process.cwd();
  let problems: readonly ContentProblem[] = [];
  let kept: KeptFindings;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        guardPageText(config.markdown.processor);
        // Kept in Astro's cache folder, which hosts keep between builds, as the pages are.
        const cacheDir = fileURLToPath(config.cacheDir);
        mkdirSync(cacheDir, { recursive: true });
        kept = new KeptFindings(root, join(cacheDir, 'writing-check.json'));
        problems = report(root, contentDir, kept, logger);
        const mistakes = problems.length;
        if (mistakes > 0 && command === 'dev') {
          logger.info(
            `Until the content is fixed, the preview (port ${config.server.port}) shows the mistakes above in place of the site.`,
          );
          await holdUntilFixed({
            host: config.server.host,
            port: config.server.port,
            contentDir,
            problems,
            check: () => (problems = report(root, contentDir, kept, logger)),
          });
          logger.info('No mistakes left in the content. Starting the preview.');
        } else if (mistakes > 0) {
          const where = `${shownPath(root, contentDir)}/`;
          throw Object.assign(
            new Error(
              mistakes === 1
                ? `There is 1 mistake in ${where} (shown above). Fix it, then run the command again.`
                : `There are ${mistakes} mistakes in ${where} (shown above). Fix them, then run the command again.`,
            ),
            {
              hint: 'npm run check:content lists them again; docs/editing.md explains each message.',
              // A stack would only point into this file; the blocks above say where each mistake is.
              stack: '',
            },
          );
        }
      },
      // While the preview runs, a mistake is reported in the same words as soon as it is saved,
      // in the terminal and in place of every page.
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        checkOnEverySave(server, {
          contentDir,
          problems,
          check: () => (problems = report(root, contentDir, kept, logger)),
          refreshContent: refreshContent && (() => refreshContent({})),
          fixed: () => logger.info('No mistakes left in the content.'),
          wordWarnings: () => wordWarnings,
        });
      },
    },
  };
}
