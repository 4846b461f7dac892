import type { Context } from '../context.js';
import { dashboard } from '../progress/dashboard.js';
import { renderDashboard } from '../ui/render-dashboard.js';
import { safeJson } from '../ui/sanitize.js';
import { createTheme } from '../ui/theme.js';
import { courseOrFail, openStore } from './shared.js';

/** `node-arch progress [--json]`: the dashboard. */
export async function progress(ctx: Context, opts: { json?: boolean }): Promise<void> {
  const [course, store] = await Promise.all([courseOrFail(ctx), openStore(ctx)]);
  const now = ctx.now();
  const data = dashboard(course, store.progress, now);
  const out = ctx.terminal.stdout;
  if (opts.json) {
    out.write(`${safeJson({ course: course.title, ...data, saving: store.writable, file: store.file })}\n`);
    return;
  }
  const theme = createTheme(ctx.terminal);
  const lines = [...renderDashboard(data, course.title, theme, ctx.terminal.columns, now), ...(store.file ? ['', theme.dim(`Saved in ${store.file}`)] : [])];
  out.write(`${lines.join('\n')}\n`);
}
