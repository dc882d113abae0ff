/** A bundle built before the offline page, imported as its text (webpack's asset/source). */
declare module "*.source.txt" {
  const source: string;
  export default source;
}
