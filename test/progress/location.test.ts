import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/progress/location.js';

describe('dataDir', () => {
  it.each<[string, NodeJS.ProcessEnv, NodeJS.Platform, string]>([
    ['the override', { NODE_ARCH_DATA_DIR: '/x/y' }, 'linux', '/x/y'],
    ['XDG_DATA_HOME', { XDG_DATA_HOME: '/data' }, 'linux', '/data/node-arch'],
    ['the XDG default', {}, 'linux', '/home/u/.local/share/node-arch'],
    ['a relative XDG_DATA_HOME, which the spec says to ignore', { XDG_DATA_HOME: 'rel' }, 'linux', '/home/u/.local/share/node-arch'],
    ['macOS', {}, 'darwin', '/home/u/Library/Application Support/node-arch'],
  ])('uses %s', (_name, env, platform, expected) => {
    expect(dataDir(env, platform, '/home/u')).toBe(expected);
  });
});
