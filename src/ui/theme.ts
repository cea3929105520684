// Dark and light themes: a `data-theme` attribute on the page that the CSS variables follow,
// remembered in this browser and starting from the system's preference.

const key = "refrain-theme";

export type Theme = "dark" | "light";

export function initialTheme(): Theme {
  const saved = localStorage.getItem(key);
  if (saved === "dark" || saved === "light") return saved;
  return matchMedia("(prefers-color-scheme: light)").matches ? "light" : "dark";
}

export function applyTheme(theme: Theme, button: HTMLElement): void {
  document.documentElement.dataset.theme = theme;
  button.setAttribute("aria-label", theme === "dark" ? "Light theme" : "Dark theme");
  button.title = `${theme === "dark" ? "Light" : "Dark"} theme (Alt-T)`;
}

export function toggleTheme(button: HTMLElement): Theme {
  const next: Theme = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
  localStorage.setItem(key, next);
  applyTheme(next, button);
  return next;
}
