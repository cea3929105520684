// The outputs that run anywhere (Node, browser, Web Worker): MIDI files, OSC encoding, WAV
// rendering and files. The Node outputs (timing worker, live MIDI, record, UDP, SoundFont files)
// are imported by path: timed-output.ts, midi-system.ts, record.ts, osc-udp.ts, soundfont.ts.
export * from "./smf.ts";
export * from "./osc.ts";
export * from "./wav.ts";
export * from "./wave-file.ts";
