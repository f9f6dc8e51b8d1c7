/**
 * Finding the Debian programs the browser tests, the benchmark and the PDF export drive
 * (Chromium, Firefox, redis-server): one lookup for every caller, so they agree on where a browser is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A program needed from a Debian package, and where it may already be. */
export interface NeededProgram {
  /** What the program is, for messages: "Chromium", "Firefox". */
  readonly name: string;
  /** The Debian package that installs it. */
  readonly debianPackage: string;
  /** An environment variable that names the binary, looked at first, if the tests read one. */
  readonly envVariable?: string;
  /** Where the binary is looked for after the environment variable, in order. */
  readonly candidates: readonly string[];
}

/** The program's binary: the environment variable's path, else the first candidate present. */
export function findProgram(program: NeededProgram): string | undefined {
  const fromEnv = program.envVariable === undefined ? undefined : process.env[program.envVariable];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${program.envVariable} is set to ${fromEnv}, but there is no file there.`);
  }
  return program.candidates.find((path) => existsSync(path));
}

/**
 * The program's binary, installed from Debian when missing. The tests install it themselves
 * only as root with apt (as CI runs); anywhere else they stop with one message saying what
 * to install, rather than downloading a browser build of their own.
 */
export function ensureProgram(program: NeededProgram): string {
  const existing = findProgram(program);
  if (existing !== undefined) return existing;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.info(`No ${program.name} found: installing Debian’s ${program.debianPackage}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', program.debianPackage], {
      stdio: 'inherit',
      env,
    });
    const installed = findProgram(program);
    if (installed !== undefined) return installed;
  }
  throw missingProgram(program);
}

/**
 * The program's binary, never installed: for command-line tools (the PDF export), which say
 * what to install rather than changing the machine.
 */
export function requireProgram(program: NeededProgram): string {
  const existing = findProgram(program);
  if (existing !== undefined) return existing;
  throw missingProgram(program);
}

/** One message for a missing program: where it was looked for and how to install it. */
function missingProgram(program: NeededProgram): Error {
  const places = [program.envVariable, ...program.candidates].filter(
    (place) => place !== undefined,
  );
  const orSet =
    program.envVariable === undefined ? '' : `, or set ${program.envVariable} to its binary`;
  return new Error(
    `No ${program.name} found (looked at ${places.join(', ')}). ` +
      `Install it with \`sudo apt-get install ${program.debianPackage}\`${orSet}.`,
  );
}
