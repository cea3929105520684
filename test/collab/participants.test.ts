// A short version of the participants benchmark: ten participants submitting at the rate limit
// for three seconds while the band plays lose nothing: every submission is answered and is in
// the history on disk. (Timing figures belong to `bench/participants.ts`, not to a test.)

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { playTogether } from "../../bench/participants.ts";

describe("many participants at the rate limit", () => {
  it("answers and records every submission", async () => {
    const result = await playTogether(10, 3);
    assert.ok(result.submitted >= 50, `${result.submitted} submissions`);
    assert.equal(result.answered, result.submitted);
    assert.equal(result.recorded, result.submitted);
    assert.equal(result.outcomes.limited ?? 0, 0, "a steady pace at the limit is never refused");
    assert.ok((result.outcomes.applied ?? 0) > 0);
    assert.ok(result.headroom.length > 0, "the song played meanwhile");
  });
});
