import { afterEach, describe, expect, it } from 'vitest';
import {
  findProgram,
  requireProgram,
  type NeededProgram,
} from '../../scripts/lib/debian-program.ts';

const program: NeededProgram = {
  name: 'Test browser',
  debianPackage: 'test-browser',
  envVariable: 'DECK_TEST_BROWSER_PATH',
  candidates: ['/nowhere/test-browser', process.execPath],
};

describe('finding a program the browser tests need', () => {
  afterEach(() => {
    delete process.env['DECK_TEST_BROWSER_PATH'];
  });

  it('takes the first candidate that exists', () => {
    expect(findProgram(program)).toBe(process.execPath);
  });

  it('says which path is wrong when the environment names a missing binary', () => {
    process.env['DECK_TEST_BROWSER_PATH'] = '/nowhere/else';
    expect(() => findProgram(program)).toThrow('DECK_TEST_BROWSER_PATH is set to /nowhere/else');
  });

  it('finds nothing when no candidate exists', () => {
    expect(findProgram({ ...program, candidates: ['/nowhere/test-browser'] })).toBeUndefined();
  });

  it('tells a command-line tool what to install instead of installing it', () => {
    const missing = { ...program, candidates: ['/nowhere/test-browser'] };
    expect(() => requireProgram(missing)).toThrow('sudo apt-get install test-browser');
  });
});
