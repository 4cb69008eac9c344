/**
 * What a command needs of its process: where output and messages go, and two facts about
 * the environment. The process entry passes the real ones (processIo); tests pass their own
 * and call the command in process. `out` throws when the text cannot be written.
 */
import { writeFd } from './writeFd.js';

export interface CliIo {
  /** Standard output: the results. Throws (with the error's code) when it cannot write. */
  out: (text: string) => void;
  /** Standard error: messages and the progress line. Never throws. */
  err: (text: string) => void;
  /** Standard error is a terminal (so the progress line shows by default). */
  errIsTerminal: boolean;
  /** Print stack traces of internal errors (DEBUG set). */
  debug: boolean;
}

export function processIo(): CliIo {
  return {
    out: (text) => writeFd(1, text),
    err: (text) => {
      try {
        writeFd(2, text);
      } catch {
        // Nowhere left to say anything; the exit code still tells.
      }
    },
    errIsTerminal: process.stderr.isTTY === true,
    debug: Boolean(process.env.DEBUG),
  };
}
