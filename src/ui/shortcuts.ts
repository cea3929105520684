// The studio's keyboard shortcuts, in one table that both the key handler and the help panel
// read. Global keys use Alt with the physical key, so they work on every keyboard layout.

export interface StudioCommands {
  apply(): void;
  playSelection(): void;
  toggle(): void;
  stop(): void;
  restart(): void;
  mode(mode: "realtime" | "slow" | "step"): void;
  next(unit: "element" | "reduction"): void;
  tab(step: number): void;
  editor(): void;
  theme(): void;
  help(): void;
  learn(): void;
}

interface Shortcut {
  /** As shown in the help panel. */
  readonly keys: string;
  readonly description: string;
  /** `KeyboardEvent.code` with Alt; absent for keys the editor handles itself. */
  readonly code?: string;
  readonly run?: (commands: StudioCommands) => void;
}

const mac = /Mac|iPhone|iPad/.test(navigator.platform);
const command = mac ? "⌘" : "Ctrl";
const alt = mac ? "⌥" : "Alt";

export const shortcuts: readonly Shortcut[] = [
  { keys: `${command}-Enter`, description: "Apply the module (the old program plays on if it has errors)" },
  { keys: "Tab, Shift-Tab", description: "Indent, unindent the line (Escape, then Tab, leaves the editor)" },
  { keys: `${command}-${alt}-Enter`, description: "Apply from here: play main again under the new program from the song time now" },
  { keys: `${command}-Shift-Enter`, description: "Play the selection (or the current line) as the current term" },
  { keys: `${command}-Shift-Y`, description: "Apply term: replace the selection (or the current line) by its value (Undo brings it back)" },
  { keys: `${alt}-P`, description: "Play / Pause", code: "KeyP", run: (commands) => commands.toggle() },
  { keys: `${alt}-S`, description: "Stop (all notes off)", code: "KeyS", run: (commands) => commands.stop() },
  { keys: `${alt}-R`, description: "Restart from main", code: "KeyR", run: (commands) => commands.restart() },
  { keys: `${alt}-1`, description: "Real time", code: "Digit1", run: (commands) => commands.mode("realtime") },
  { keys: `${alt}-2`, description: "Slow motion", code: "Digit2", run: (commands) => commands.mode("slow") },
  { keys: `${alt}-3`, description: "Single step", code: "Digit3", run: (commands) => commands.mode("step") },
  { keys: `${alt}-N`, description: "Next element (single step)", code: "KeyN", run: (commands) => commands.next("element") },
  { keys: `${alt}-M`, description: "Next reduction of the song's own code (single step; tick \"into library\" to stop in library functions too)", code: "KeyM", run: (commands) => commands.next("reduction") },
  { keys: `${alt}-]`, description: "Next module tab", code: "BracketRight", run: (commands) => commands.tab(1) },
  { keys: `${alt}-[`, description: "Previous module tab", code: "BracketLeft", run: (commands) => commands.tab(-1) },
  { keys: `${alt}-I`, description: "Focus the editor", code: "KeyI", run: (commands) => commands.editor() },
  { keys: `${alt}-T`, description: "Dark / light theme", code: "KeyT", run: (commands) => commands.theme() },
  { keys: `${alt}-H or F1`, description: "This help", code: "KeyH", run: (commands) => commands.help() },
  { keys: `${alt}-L`, description: "Learn: lessons with examples to open and play", code: "KeyL", run: (commands) => commands.learn() },
  { keys: "Tab / Shift-Tab", description: "Move between controls (Tab leaves the editor)" },
  { keys: "Escape", description: "Close this help" },
];

export function installShortcuts(commands: StudioCommands): void {
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key === "F1") {
        commands.help();
        event.preventDefault();
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const shortcut = shortcuts.find((candidate) => candidate.code === event.code);
      if (!shortcut?.run) return;
      event.preventDefault();
      event.stopPropagation();
      shortcut.run(commands);
    },
    true,
  );
}

/** Fills the help panel's table from the shortcut list. */
export function renderHelp(table: HTMLTableSectionElement): void {
  table.replaceChildren(
    ...shortcuts.map((shortcut) => {
      const row = document.createElement("tr");
      const keys = document.createElement("td");
      for (const [index, part] of shortcut.keys.split(" or ").entries()) {
        if (index > 0) keys.append(" or ");
        const key = document.createElement("kbd");
        key.textContent = part;
        keys.append(key);
      }
      const description = document.createElement("td");
      description.textContent = shortcut.description;
      row.append(keys, description);
      return row;
    }),
  );
}
