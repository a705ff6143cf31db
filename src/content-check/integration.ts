import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from './check.ts';
import { shownPath } from './files/read-content.ts';
import { reloadPages, showProblemsInPreview } from './preview/show-problems.ts';
import { waitForFix } from './preview/wait-for-fix.ts';
import { pageTextGuard } from './body/build-guard.ts';
import { problemBlock } from './report.ts';
import type { ContentProblem } from './problem.ts';

// The latest check's warnings about the words, for the preview's notice.
let wordWarnings: readonly ContentProblem[] = [];

/** Runs the content check, logs its blocks, and returns the mistakes. */
function report(root: string, contentDir: string, logger: AstroIntegrationLogger) {
  const { problems, warnings } = checkContent(root, contentDir);
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
 */
export default function contentCheck(contentDir: string): AstroIntegration {
  // Astro's root, which paths are shown relative to; known from `astro:config:setup` on.
  let root = process.cwd();
  let problems: readonly ContentProblem[] = [];
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        root = fileURLToPath(config.root);
        guardPageText(config.markdown.processor);
        problems = report(root, contentDir, logger);
        const mistakes = problems.length;
        if (mistakes > 0 && command === 'dev') {
          logger.info(
            `Until the content is fixed, the preview (port ${config.server.port}) shows the mistakes above in place of the site.`,
          );
          await waitForFix({
            host: config.server.host,
            port: config.server.port,
            contentDir,
            problems,
            check: () => (problems = report(root, contentDir, logger)),
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
        // Settles when the content has been checked since its last change.
        let checked = Promise.resolve();
        let settle = () => {};
        let timer: NodeJS.Timeout | undefined;
        showProblemsInPreview(server, async () => {
          await checked;
          return { problems, wordWarnings };
        });
        const recheck = async () => {
          // The pages asked for since this save wait for this check, not a later one.
          const done = settle;
          const before = { problems, wordWarnings };
          problems = report(root, contentDir, logger);
          try {
            if (problems.length === 0) {
              if (before.problems.length > 0) logger.info('No mistakes left in the content.');
              // Astro's own watcher reads a file at its first change event, which can come before
              // a save has finished, and it keeps the content from before a mistake. Reading it
              // all again once the save has settled keeps the pages in step with the files.
              await refreshContent?.({});
            }
          } finally {
            done();
          }
          if (JSON.stringify(before) !== JSON.stringify({ problems, wordWarnings }))
            reloadPages(server);
        };
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(`${contentDir}${sep}`)) return;
          // A save can arrive as several events, the first on a half-written file; check once
          // they settle.
          if (timer === undefined) checked = new Promise((resolve) => (settle = resolve));
          clearTimeout(timer);
          timer = setTimeout(() => {
            timer = undefined;
            void recheck();
          }, 100);
        });
      },
    },
  };
}
