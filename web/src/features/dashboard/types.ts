/**
 * Shapes of the `/api/tabs` API as issue 8 ("The API") states them. Dates are ISO-8601 text.
 * The server side is built in parallel; where the issue is silent the choice is marked "assumed".
 */

/** The server's calendar periods (`TimeWindow.CalendarPeriod`), as wire values. */
export type CalendarPeriod =
  | 'today'
  | 'yesterday'
  | 'this_week'
  | 'last_week'
  | 'this_month'
  | 'last_month'
  | 'this_year'
  | 'last_year';

/** A time window as JSON, the same four forms as `dev.gridsight.chart.TimeWindow`. */
export type TimeWindow =
  | { last: string }
  | { period: CalendarPeriod }
  | { from: string; to: string }
  | { points: number };

export type GridPlacement = { x: number; y: number; w: number; h: number };

export type TabFilter = { column: string; values: string[] };

/** `Visual` of the chart module: `{type, x, y[], color, title}`. */
export type ChartVisual = {
  type: string;
  x?: string | null;
  y?: string[] | null;
  color?: string | null;
  title?: string | null;
};

export type TabChart = {
  chartId: string;
  title: string;
  visual: ChartVisual;
  layout: GridPlacement;
  /** Set when the chart overrides the tab's window. */
  window?: TimeWindow | null;
};

export type TextCard = { id: string; markdown: string; layout: GridPlacement };

export type Tab = {
  id: string;
  name: string;
  /** The tab's default window; null: each chart's own. */
  window: TimeWindow | null;
  filters: TabFilter[];
  /** Refresh for charts over external sources; null or 0: off. */
  refreshSeconds: number | null;
  charts: TabChart[];
  cards: TextCard[];
  /** Assumed: the tab's place in the workspace's order (PATCHed to reorder). */
  position?: number;
  workspaceId?: string;
  /** What the caller may do with it; `view` hides every editing control. Absent: `edit`. */
  access?: TabAccess;
  /** Set when the caller reaches the tab through a share rather than as a member. */
  sharedBy?: { id: string; email: string } | null;
};

export type TabAccess = 'edit' | 'view';

/** An item of `GET /api/tabs/shared`: a tab somebody shared with the caller. */
export type SharedTab = { id: string; name: string; access: TabAccess; sharedBy: { id: string; email: string } };

/** An item of `GET /api/tabs`: assumed to carry at least id and name, in order. */
export type TabSummary = Pick<Tab, 'id' | 'name'> & Partial<Omit<Tab, 'id' | 'name'>>;

/** `dev.gridsight.chart.ChartData` as JSON. */
export type ChartData = {
  columns: { name: string; type?: string | null }[];
  rows: unknown[][];
  downsampled: boolean;
  truncated: boolean;
  /** The window the rows cover; null for all data. */
  window: { from: string; to: string } | null;
  /** How relative windows were anchored: "the latest data at …" or "now". */
  anchor: string | null;
};

/** A failure of one chart inside an otherwise good tab answer: problem+json or a sentence. */
export type ChartError = string | { detail?: string; title?: string; status?: number };

export type ChartDataOnTab = {
  chartId: string;
  data?: ChartData | null;
  /** The window this chart was run with when it differs from the tab's. */
  window?: TimeWindow | null;
  filters: { column: string; applied: boolean }[];
  error?: ChartError | null;
  /** The dataset the chart reads (null for a SQL chart or one that failed): what live updates follow. */
  datasetId?: string | null;
};

export type TabData = { charts: ChartDataOnTab[] };

/** The state a tab is viewed in; the URL carries it. */
export type TabView = { window: TimeWindow | null; filters: TabFilter[] };
