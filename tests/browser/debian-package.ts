/** Finding Debian programs lives in scripts/lib/debian-program.ts; this path stays for imports. */
export {
  ensureProgram,
  findProgram,
  requireProgram,
  type NeededProgram,
} from '../../scripts/lib/debian-program.ts';
