// Test helper: a source text for the parsers, as the file test.hs.

import { Source } from "../../src/text/index.ts";

export function source(text: string): Source {
  return new Source("test.hs", text);
}
