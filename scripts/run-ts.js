// Runs a TypeScript script (`node scripts/run-ts.js scripts/bench.ts`) through Vite's module
// runner: Node 20 cannot strip types itself, and this needs no dependency beyond Vite.
import path from 'node:path';
import process from 'node:process';
import { runnerImport } from 'vite';

const script = process.argv[2];
if (script === undefined) throw new Error('Usage: node scripts/run-ts.js <script.ts>');
await runnerImport(path.resolve(script), { configFile: false, logLevel: 'warn' });
