/**
 * Guards against content that is really a denial of service (issue 7). Apart from the YAML reader
 * so that the course cache can bound its reads without loading the yaml package.
 */
export const LIMITS = {
  fileBytes: 2 * 1024 * 1024,
  /**
   * All the files of one course together: parsing is the slow part, so this bounds the time too.
   * Room for a thousand lessons as dense as the shipped ones (~28 KB each with its quiz; issue 6).
   */
  packBytes: 64 * 1024 * 1024,
  depth: 64,
  stringLength: 20_000,
  listLength: 500,
};
