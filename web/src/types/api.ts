/** Shapes of the server's JSON, shared by features. Dates are ISO-8601 strings. */

export type Role = 'admin' | 'member';

export type User = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  personalWorkspaceId: string;
};

export type WorkspaceRole = 'owner' | 'editor' | 'viewer';

export const WORKSPACE_ROLES: readonly WorkspaceRole[] = ['owner', 'editor', 'viewer'];

export type Workspace = {
  id: string;
  name: string;
  personal: boolean;
  role: WorkspaceRole;
  memberCount: number;
  createdAt: string;
};

export type Member = {
  userId: string;
  email: string;
  displayName: string;
  role: WorkspaceRole;
};

export type ApiToken = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
};

/** The answer to creating a token: the only time the secret is sent. */
export type CreatedApiToken = {
  id: string;
  name: string;
  token: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
};

export type AdminUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: string;
};

export type AuditEntry = {
  id: number;
  at: string;
  actorId?: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: string | null;
  ip: string | null;
};

export type OidcProvider = { id: string; name: string; loginUrl: string };

export type ColumnType = 'timestamp' | 'date' | 'double' | 'bigint' | 'boolean' | 'varchar';

export type ColumnRole = 'time' | 'measure' | 'dimension' | 'id';

export const COLUMN_ROLES: readonly ColumnRole[] = ['time', 'measure', 'dimension', 'id'];

export type DatasetSource = 'csv' | 'tsv' | 'json' | 'ndjson' | 'parquet' | 'xlsx' | 'postgres';

/** A column as the catalog describes it. */
export type DatasetColumn = {
  name: string;
  type: ColumnType;
  role: ColumnRole;
  unit: string | null;
  description: string | null;
  synonyms: string[];
};

/** A named expression over a dataset's numeric columns, usable as a chart measure. */
export type CalculatedField = {
  name: string;
  /** e.g. `load_kwh * price_usd_per_kwh`: numbers, numeric columns, other fields, + - * / and parentheses. */
  expression: string;
  unit: string | null;
  description: string | null;
};

export type DatasetSummary = {
  id: string;
  workspaceId: string;
  /** Set on a child table made from nested JSON (an order's lines): the dataset it came from. */
  parentId?: string | null;
  name: string;
  source: DatasetSource;
  /** Whether rows are appended to it through the API. */
  live: boolean;
  rowCount: number;
  dataVersion: number;
  columns: DatasetColumn[];
  calculatedFields: CalculatedField[];
  createdAt: string;
  updatedAt: string;
};

export type CellValue = string | number | boolean | null;

/** Rows as the API returns them; timestamps are ISO-8601 text. */
export type TabularData = {
  /** `type` is absent on computed columns, e.g. a column's most frequent values. */
  columns: { name: string; type?: ColumnType }[];
  rows: CellValue[][];
  /** Whether more rows existed than were sent. */
  truncated: boolean;
};

/** What an import would produce: the inferred schema and the first rows. Nothing is stored. */
export type DatasetPreview = {
  format: DatasetSource;
  columns: DatasetColumn[];
  rows: TabularData;
};

/** How a chart draws its data (`dev.gridsight.chart.Visual`); wire values are lower case. */
export type ChartVisualType =
  | 'line'
  | 'area'
  | 'bar'
  | 'stacked_bar'
  | 'pie'
  | 'scatter'
  | 'heatmap'
  | 'table'
  | 'kpi'
  | 'histogram'
  | 'box';

export const CHART_VISUAL_TYPES: readonly ChartVisualType[] = [
  'line',
  'area',
  'bar',
  'stacked_bar',
  'pie',
  'scatter',
  'heatmap',
  'table',
  'kpi',
  'histogram',
  'box',
];

/** Which output columns go on x, y and colour; absent fields take the chart's defaults. */
export type ChartVisual = {
  type: ChartVisualType;
  x?: string | null;
  y?: string[];
  color?: string | null;
  title?: string | null;
};

/** A chart's live data (`dev.gridsight.chart.ChartData`), as `GET /api/charts/{id}/data` returns it. */
export type ChartData = {
  columns: { name: string; type?: ColumnType }[];
  rows: CellValue[][];
  /** Whether the server thinned long series (M4: first, last, min and max per pixel column kept). */
  downsampled: boolean;
  /** Whether the row cap cut the result. */
  truncated?: boolean;
  /** The window the rows cover, `[from, to)` as ISO instants; null for all data. */
  window?: { from: string; to: string } | null;
  /** How a relative window was anchored, e.g. "anchored at the latest data (2023-07-31T22:00:00Z)". */
  anchor?: string | null;
  /** The catalog unit of each output column that has one (a count has none); absent for SQL charts. */
  units?: Record<string, string>;
};
