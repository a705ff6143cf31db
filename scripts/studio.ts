/**
 * `npm run studio`: the clinic's studio, the signed-in editor, preview and publisher that runs on
 * the clinic's server behind nginx (docs/publishing.md). Its settings come from the environment
 * (src/studio/settings.ts); systemd's unit (deploy/clinic-studio.service) runs this same file.
 */
import { openAccounts } from '../src/studio/accounts/accounts.ts';
import { loadFormsApp } from '../src/studio/server/forms-app.ts';
import { createStudio } from '../src/studio/server/studio-server.ts';
import { studioSettings } from '../src/studio/settings.ts';

try {
  const settings = studioSettings(process.env, process.cwd());
  const forms = await loadFormsApp(settings.dataDir);
  const accounts = await openAccounts({ dataDir: settings.dataDir, origin: settings.origin });
  const { server, queue } = createStudio(settings, accounts, forms);
  server.listen(settings.port, settings.host, () => {
    console.log(
      `The studio is at ${settings.origin} (listening on ${settings.host}:${settings.port}).`,
    );
  });
  const stop = () => {
    server.close();
    // A publish under way finishes first, so the live site and the history agree.
    void queue.idle().then(() => {
      accounts.close();
      process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
