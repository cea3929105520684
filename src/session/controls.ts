// Sliders and checkboxes (module `Controller`): the values a song reads by name. The studio
// shows them as widgets; moving one changes what the song sees next, and values survive edits.

export interface Control {
  readonly name: string;
  readonly kind: "slider" | "checkBox";
  readonly low: number;
  readonly high: number;
  readonly value: number;
  /** The default written in the song; editing it resets the control to the new default. */
  readonly initial: number;
}

export class ControlTable {
  private readonly controls = new Map<string, Control>();

  /**
   * The current value of a control, registering it (with its default) when first read. A moved
   * control keeps its value through edits, unless the edit changes the control's default.
   */
  read(name: string, kind: Control["kind"], low: number, high: number, initial: number): number {
    const known = this.controls.get(name);
    if (known && known.kind === kind && known.low === low && known.high === high && known.initial === initial) return known.value;
    const value = known && known.initial === initial ? Math.min(high, Math.max(low, known.value)) : initial;
    this.controls.set(name, { name, kind, low, high, value, initial });
    return value;
  }

  set(name: string, value: number): void {
    const known = this.controls.get(name);
    if (!known || !Number.isFinite(value)) return;
    this.controls.set(name, { ...known, value: Math.min(known.high, Math.max(known.low, value)) });
  }

  /** The controls as another table holds them, values included (a song reopened as it was playing, a mirror). */
  restore(controls: readonly Control[]): void {
    this.controls.clear();
    for (const control of controls) this.controls.set(control.name, { ...control });
  }

  list(): Control[] {
    return [...this.controls.values()];
  }
}
