// The status line in the header: short notices (applied, refused, song ended) that fade after
// a few seconds; announced to screen readers through its `status` role.

const shownFor = 6000;

export class StatusLine {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly element: HTMLElement) {}

  show(text: string): void {
    clearTimeout(this.timer);
    this.element.textContent = text;
    this.element.classList.add("visible");
    this.timer = setTimeout(() => this.element.classList.remove("visible"), shownFor);
  }
}
