import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

const APP = 'node-arch';

/**
 * Where progress lives: `NODE_ARCH_DATA_DIR` if set; otherwise the platform's data folder
 * ($XDG_DATA_HOME or ~/.local/share on Linux, per the XDG Base Directory spec, which says a
 * relative $XDG_DATA_HOME must be ignored).
 */
export function dataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  const override = env.NODE_ARCH_DATA_DIR;
  if (override) return override;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP);
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), APP, 'Data');
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.local', 'share'), APP);
}
