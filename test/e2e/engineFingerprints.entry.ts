/** The fingerprints as a browser script (bundled by nodeChromiumHash.test.ts with esbuild). */
import { allFingerprints } from './engineFingerprints.js';

(globalThis as unknown as { allFingerprints: typeof allFingerprints }).allFingerprints = allFingerprints;
