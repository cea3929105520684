// The studio's merge dialog: the merge view over the conductor's studio, for an Apply that met
// someone else's change to the same lines. Closing it keeps the editor's text as it is; Apply
// closes it and hands the result on.

import type { MergeRegion } from "../collab/three-way.ts";
import { mergeView } from "./merge-view.ts";

export function openMergeDialog(title: string, regions: readonly MergeRegion[], apply: (text: string) => void): void {
  document.querySelector<HTMLDialogElement>("dialog.merge-dialog")?.close();
  const dialog = document.createElement("dialog");
  dialog.className = "help merge-dialog";
  const heading = Object.assign(document.createElement("h2"), { textContent: title });
  const view = mergeView(regions, {
    apply: (text) => (dialog.close(), apply(text)),
    close: () => dialog.close(),
  });
  dialog.addEventListener("close", () => (view.destroy(), dialog.remove()));
  heading.id = "merge-dialog-title";
  // Focus starts on the title (not on a button that would take a side at Enter).
  heading.tabIndex = -1;
  heading.autofocus = true;
  dialog.setAttribute("aria-labelledby", heading.id);
  dialog.append(heading, view.element);
  document.body.append(dialog);
  dialog.showModal();
}
