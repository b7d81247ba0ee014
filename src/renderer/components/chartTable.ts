// The text alternative of a chart: the same numbers as a table. The cells are already written as
// text (by the shared Swedish formatters, from the very rows the chart draws), so the component
// that shows the table only lays them out. Free of React, so the row builders are tested under Node.

export interface ChartTableColumn {
  label: string;
  /** Right-aligned with tabular figures. */
  numeric?: boolean;
}

export interface ChartTableModel {
  /** The visible caption of the table: what the chart shows. */
  caption: string;
  columns: readonly ChartTableColumn[];
  /** One row per point on the chart's x axis; the first cell is the row's heading. */
  rows: readonly (readonly string[])[];
}

/** Checks that every row has one cell per column, so a builder cannot silently drop a figure. */
export function chartTable(caption: string, columns: readonly ChartTableColumn[], rows: readonly (readonly string[])[]): ChartTableModel {
  for (const [i, row] of rows.entries()) {
    if (row.length !== columns.length) {
      throw new Error(
        `Tabellen ”${caption}”: rad ${i + 1} har ${row.length} ${row.length === 1 ? 'cell' : 'celler'} men tabellen har ${columns.length} kolumner.`,
      );
    }
  }
  return { caption, columns, rows };
}
