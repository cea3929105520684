// The merge view, shown where an edit met someone else's change to the same lines: each place
// shows theirs (now in the song) and yours, with buttons to take either or both; below them the
// result, editable, and Apply, which hands the result on once every place is settled. The same
// view serves the participant's page and the conductor's studio.

import "./merge-view.css";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { MergeConflict, MergeRegion } from "../collab/three-way.ts";
import { element } from "./dom.ts";
import { editorExtensions } from "./editor-setup.ts";
import { mergeResult, placesOf, resultText, takeSide, type PlaceState, type Side } from "./merge-places.ts";

export interface MergeView {
  readonly element: HTMLElement;
  destroy(): void;
}

export interface MergeActions {
  /** Applies the merged text. */
  apply(text: string): void;
  /** Closes the view, keeping the person's own text where it was. */
  close(): void;
}

const choices: readonly { readonly side: Side; readonly label: string }[] = [
  { side: "theirs", label: "Take theirs" },
  { side: "yours", label: "Take yours" },
  { side: "both", label: "Take both" },
];

const stateWords: Record<PlaceState, string> = {
  open: "not chosen yet",
  theirs: "theirs taken",
  yours: "yours taken",
  both: "both kept, yours first",
  edited: "edited in the result",
};

function sideBlock(caption: string, lines: readonly string[], className: string): HTMLElement {
  const block = element("figure", "", `merge-side ${className}`);
  const code = lines.length > 0
    ? element("pre", lines.join("\n"), "merge-lines")
    : element("p", "(nothing: these lines are removed)", "merge-removed");
  block.append(element("figcaption", caption), code);
  return block;
}

export function mergeView(regions: readonly MergeRegion[], actions: MergeActions): MergeView {
  const conflicts = regions.filter((region): region is MergeConflict => region.kind === "conflict");
  const root = element("section", "", "merge-view");
  root.setAttribute("aria-label", "Merge");
  const intro = element("p",
    "Someone changed the same lines while you were editing. Choose what to keep for each place, or edit the result, then Apply.", "merge-intro");

  const placeViews = conflicts.map((conflict, index) => {
    const place = element("section", "", "merge-place");
    place.setAttribute("role", "group");
    place.setAttribute("aria-label", `Place ${index + 1} of ${conflicts.length}`);
    const state = element("span", "", "merge-state");
    const heading = element("h3", `Place ${index + 1} of ${conflicts.length} `);
    heading.append(state);
    const sides = element("div", "", "merge-sides");
    sides.append(sideBlock("Theirs (now in the song)", conflict.theirs, "theirs"), sideBlock("Yours", conflict.yours, "yours"));
    const buttons = element("div", "", "merge-choices");
    const pressed = choices.map(({ side, label }) => {
      const button = element("button", label);
      button.type = "button";
      button.addEventListener("click", () => view.dispatch(takeSide(view.state, index, conflict, side)));
      buttons.append(button);
      return { side, button };
    });
    place.append(heading, sides, buttons);
    return { place, state, pressed };
  });

  const applyButton = element("button", "Apply", "accent");
  applyButton.type = "button";
  const closeButton = element("button", "Close");
  closeButton.type = "button";
  closeButton.title = "Close this view; your text stays as it is";
  const readiness = element("span", "", "merge-readiness");
  readiness.setAttribute("role", "status");
  const footer = element("div", "", "merge-footer");
  footer.append(applyButton, closeButton, readiness);

  const ready = () => placesOf(view.state).every((place) => place.state !== "open");
  const apply = () => {
    if (ready()) actions.apply(resultText(view.state));
  };
  const refresh = (state: EditorState) => {
    const places = placesOf(state);
    placeViews.forEach(({ state: words, pressed }, index) => {
      words.textContent = `· ${stateWords[places[index].state]}`;
      for (const { side, button } of pressed) button.setAttribute("aria-pressed", String(places[index].state === side));
    });
    const open = places.filter((place) => place.state === "open").length;
    applyButton.disabled = open > 0;
    readiness.textContent = open === 0 ? "Ready to apply." : `${open} ${open === 1 ? "place" : "places"} still to choose.`;
  };

  const { text, extension } = mergeResult(regions);
  const follow = EditorView.updateListener.of((update) => update.docChanged && refresh(update.state));
  const commands = { apply, applyFromHere: apply, playSelection: () => undefined, applyTerm: () => undefined };
  const state = EditorState.create({ doc: text, extensions: editorExtensions(commands, [extension, EditorView.lineWrapping, follow]) });
  const view = new EditorView({ state });
  // The result starts scrolled to its first place (within itself: the page stays where it is).
  const firstPlace = placesOf(state)[0]?.from ?? 0;
  view.requestMeasure({ read: () => view.lineBlockAt(firstPlace).top, write: (top) => (view.scrollDOM.scrollTop = Math.max(0, top - 40)) });
  view.contentDOM.setAttribute("aria-label", "Result");
  const legend = element("p", "Where a place is not chosen yet, the result holds ", "merge-legend");
  legend.append(element("span", "yours", "yours"), " first, then ", element("span", "theirs", "theirs"), ".");
  const result = element("div", "", "merge-result");
  result.append(element("h3", "Result (you can edit it)"), legend, view.dom);

  applyButton.addEventListener("click", apply);
  closeButton.addEventListener("click", () => actions.close());
  root.append(intro, ...placeViews.map(({ place }) => place), result, footer);
  refresh(view.state);
  return { element: root, destroy: () => view.destroy() };
}
