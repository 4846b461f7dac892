import { isAbsolute, join, resolve } from 'node:path';

const APP = 'node-arch';

/**
 * Where progress lives: `NODE_ARCH_DATA_DIR` if set; otherwise the platform's data folder
 * ($XDG_DATA_HOME or ~/.local/share on Linux, per the XDG Base Directory spec, which says a
 * relative $XDG_DATA_HOME must be ignored).
 *
 * Undefined when there is no home folder to start from (HOME unset, empty or relative): we never
 * guess (issue 7). os.homedir() would throw where the user has no passwd entry, and an empty HOME
 * would make the path relative, scattering progress into whatever folder the learner stands in.
 * The tutor then teaches without saving, and says so.
 */
export function dataDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  home: string | undefined = homeFolder(env, platform),
): string | undefined {
  const override = env.NODE_ARCH_DATA_DIR;
  if (override) return resolve(override);
  if (platform === 'win32') {
    const local = absolute(env.LOCALAPPDATA) ?? (home && join(home, 'AppData', 'Local'));
    return local && join(local, APP, 'Data');
  }
  const xdg = platform === 'darwin' ? undefined : absolute(env.XDG_DATA_HOME);
  if (xdg) return join(xdg, APP);
  if (!home) return undefined;
  return platform === 'darwin' ? join(home, 'Library', 'Application Support', APP) : join(home, '.local', 'share', APP);
}

/** The variable that names the home folder, for telling the learner which one is missing. */
export function homeVariable(platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? 'USERPROFILE' : 'HOME';
}

function homeFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  return absolute(env[homeVariable(platform)]);
}

function absolute(path: string | undefined): string | undefined {
  return path && isAbsolute(path) ? path : undefined;
}
