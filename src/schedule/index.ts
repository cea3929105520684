// The schedule stage: clock, look-ahead scheduler, transport and modes, and the guards between
// a song and its outputs. Platform-neutral: runs unchanged in Node, a browser and a Web Worker.
export * from "./clock.ts";
export * from "./virtual-clock.ts";
export * from "./sink.ts";
export * from "./check.ts";
export * from "./notes.ts";
export * from "./source.ts";
export * from "./collect.ts";
export * from "./scheduler.ts";
