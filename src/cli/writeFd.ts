/**
 * Writes all of a text to a file descriptor, synchronously, or throws. Node's own
 * process.stdout ignores a short write to a file (a file-size limit stops the write part way
 * and it reports success), so a run could exit 0 with half a document; here every byte is
 * accounted for and the failure (ENOSPC, EFBIG, EPIPE, …) is thrown with its code. A
 * non-blocking pipe that is full is waited on.
 */
import { writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

export function writeFd(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 5); // the reader is behind: wait a little, then go on
    }
  }
}
