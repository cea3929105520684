// The song's `slider` and `checkBox` controls as widgets: moving one sends its value (at most
// once per frame), letting go of it says where it was left (to write into the code); values from
// the server update the widgets the user is not holding.

import type { ControlState } from "../server/protocol.ts";

interface Widget {
  readonly control: ControlState;
  readonly input: HTMLInputElement;
  readonly output: HTMLOutputElement;
}

function shown(control: ControlState, value: number): string {
  if (control.kind === "checkBox") return value ? "on" : "off";
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export class ControlsView {
  private widgets = new Map<string, Widget>();
  private held: HTMLInputElement | undefined;
  private outgoing = new Map<string, number>();
  private frame = 0;

  constructor(
    private readonly panel: HTMLElement,
    private readonly container: HTMLElement,
    private readonly send: (name: string, value: number) => void,
    private readonly settled: (control: ControlState, value: number) => void,
  ) {}

  set(controls: readonly ControlState[]): void {
    const shape = controls.map((control) => `${control.name}:${control.kind}:${control.low}:${control.high}`).join("|");
    const current = [...this.widgets.values()].map(({ control }) => `${control.name}:${control.kind}:${control.low}:${control.high}`).join("|");
    if (shape !== current) this.build(controls);
    for (const control of controls) {
      const widget = this.widgets.get(control.name);
      if (!widget || widget.input === this.held || this.outgoing.has(control.name)) continue;
      if (control.kind === "checkBox") widget.input.checked = control.value !== 0;
      else widget.input.value = String(control.value);
      widget.output.textContent = shown(control, control.value);
    }
    this.panel.hidden = controls.length === 0;
  }

  private build(controls: readonly ControlState[]): void {
    this.widgets.clear();
    const rows = controls.map((control) => {
      const row = document.createElement("label");
      row.className = `control ${control.kind}`;
      const name = document.createElement("span");
      name.className = "control-name";
      name.textContent = control.name;
      const input = document.createElement("input");
      input.type = control.kind === "checkBox" ? "checkbox" : "range";
      input.setAttribute("aria-label", control.name);
      if (control.kind === "slider") {
        input.min = String(control.low);
        input.max = String(control.high);
        input.step = Number.isInteger(control.low) && Number.isInteger(control.high) ? "1" : String((control.high - control.low) / 1000);
      }
      const output = document.createElement("output");
      input.addEventListener("pointerdown", () => (this.held = input));
      input.addEventListener("pointerup", () => (this.held = undefined));
      input.addEventListener("blur", () => (this.held = undefined));
      input.addEventListener("input", () => {
        const value = control.kind === "checkBox" ? (input.checked ? 1 : 0) : Number(input.value);
        output.textContent = shown(control, value);
        this.queue(control.name, value);
      });
      input.addEventListener("change", () => this.settled(control, control.kind === "checkBox" ? (input.checked ? 1 : 0) : Number(input.value)));
      this.widgets.set(control.name, { control, input, output });
      row.append(name, input, output);
      return row;
    });
    this.container.replaceChildren(...rows);
  }

  private queue(name: string, value: number): void {
    this.outgoing.set(name, value);
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      for (const [control, latest] of this.outgoing) this.send(control, latest);
      this.outgoing.clear();
    });
  }
}
