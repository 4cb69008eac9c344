// seedrandom's other generators, imported one file at a time (like alea) by the generator
// comparison only; the engine itself takes nothing but alea (for seeding) from seedrandom.
declare module 'seedrandom/lib/xor4096.js' {
  interface Xor4096Prng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
  }
  const xor4096: (seed?: string) => Xor4096Prng;
  export default xor4096;
}
declare module 'seedrandom/lib/tychei.js' {
  interface TycheiPrng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
  }
  const tychei: (seed?: string) => TycheiPrng;
  export default tychei;
}
