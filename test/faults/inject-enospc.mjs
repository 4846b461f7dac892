// Loaded with `node --import` into the real binary: every write of a progress temp file fails as
// on a full disk (ENOSPC), after the file was created, which is how a full disk behaves.
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const open = fsp.open;
fsp.open = async (path, ...rest) => {
  const handle = await open(path, ...rest);
  if (String(path).endsWith('.tmp')) {
    handle.writeFile = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    };
  }
  return handle;
};
syncBuiltinESMExports();
