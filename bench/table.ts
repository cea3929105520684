// A plain-text table for benchmark results: one row per measurement, columns from the rows' keys,
// each column as wide as its widest cell.

export interface Row {
  readonly benchmark: string;
  readonly measure: string;
  readonly value: string;
  readonly target: string;
}

export function formatTable(rows: readonly Row[]): string {
  const columns = ["benchmark", "measure", "value", "target"] as const;
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) => cells.map((cell, index) => cell.padEnd(widths[index])).join("  ").trimEnd();
  return [line(columns), line(widths.map((width) => "-".repeat(width))), ...rows.map((row) => line(columns.map((column) => row[column])))].join("\n");
}

/** Runs a benchmark file's `run` when the file itself is the program, printing its table. */
export async function runIfMain(url: string, run: () => Promise<Row[]>): Promise<void> {
  if (url !== `file://${process.argv[1]}`) return;
  console.log(formatTable(await run()));
}
