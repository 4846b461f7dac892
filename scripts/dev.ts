// `npm run dev -- <args>`: the CLI straight from the TypeScript sources, for development.
import { main } from '../src/main.js';

process.exitCode = await main(process.argv);
