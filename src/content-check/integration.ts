import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from './check';
import { shownPath } from './files/read-content';
import { problemBlock } from './report';

/** Runs the content check, logs its blocks, and says whether there is anything to fix. */
function report(root: string, contentDir: string, logger: AstroIntegrationLogger): number {
  const { problems, warnings } = checkContent(root, contentDir);
  for (const warning of warnings) logger.warn(`\n${problemBlock(warning, 'Warning')}\n`);
  for (const problem of problems) logger.error(`\n${problemBlock(problem, 'Problem')}\n`);
  return problems.length;
}

/**
 * Checks the content before Astro reads it, with the same rules and messages as
 * `npm run check:content`, so an editor's mistake stops `npm run build` and `npm run dev` with a
 * readable message instead of a stack trace, and nothing half-built is published. Register it first.
 */
export default function contentCheck(contentDir: string): AstroIntegration {
  // Astro's root, which paths are shown relative to; known from `astro:config:setup` on.
  let root = process.cwd();
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        const mistakes = report(root, contentDir, logger);
        if (mistakes > 0) {
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
      // While the preview runs, a mistake is reported in the same words as soon as it is saved.
      'astro:server:setup': ({ server, logger }) => {
        let mistakes = 0;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(`${contentDir}${sep}`)) return;
          const before = mistakes;
          mistakes = report(root, contentDir, logger);
          if (before > 0 && mistakes === 0) logger.info('No mistakes left in the content.');
        });
      },
    },
  };
}
