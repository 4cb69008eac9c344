/**
 * Turns off zod's compiled ("jit") parsers before anything validates. Its probe for them calls
 * `new Function`, which the page's CSP (no 'unsafe-eval') reports as a violation even though
 * zod catches the error; the interpreted parsers give the same results. Import this first.
 */
import { config } from 'zod';

config({ jitless: true });
