// seedrandom ships its generators as separate CommonJS files without types; we import
// alea alone so the browser bundle does not pull in seedrandom's optional Node `crypto`.
declare module 'seedrandom/lib/alea.js' {
  interface AleaPrng {
    (): number;
    int32(): number;
    double(): number;
    quick(): number;
  }
  const alea: (seed?: string) => AleaPrng;
  export default alea;
}
