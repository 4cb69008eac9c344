/** Output goes to standard output, or to the --out file (a folder that does not exist is an input error). */
import { writeFileSync } from 'node:fs';
import { cliMsg } from './cliMessages.js';
import { InputError } from './InputError.js';
import { errorCode } from './readScenarioFile.js';

export function writeOutput(text: string, file: string | undefined, stdout: NodeJS.WritableStream = process.stdout): void {
  if (file === undefined) {
    stdout.write(text);
    return;
  }
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw InputError.of(file, [cliMsg.cannotWrite(errorCode(e))]);
  }
}
