// A song that failed to load, as the session and the song's worker thread report it (a module of
// its own, so that the server's thread can know it without loading the compiler).

import { DiagnosticError, type Diagnostic } from "../text/index.ts";

/** A song that failed to load: the diagnostics and their printed form. */
export class SongError extends DiagnosticError {
  constructor(diagnostics: Diagnostic[], readonly report: string) {
    super(diagnostics);
  }
}
