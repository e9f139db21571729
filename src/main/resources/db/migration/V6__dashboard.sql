-- Dashboards: tabs of a workspace, the charts placed on them, and markdown text cards.
-- A tab stores its default window and its filters as JSON text; charts keep their own
-- query. A deleted tab keeps its row (deleted_at) for the undo window, then is purged.

create table tabs (
    id              uuid primary key,
    workspace_id    uuid          not null references workspaces (id) on delete cascade,
    name            varchar(200)  not null,
    position        integer       not null,
    window_json     varchar(2000),
    filters_json    varchar(20000) not null,
    refresh_seconds integer,
    created_by      uuid,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    deleted_at      timestamp with time zone
);
create index tabs_workspace on tabs (workspace_id, position);

-- layout_json is {x, y, w, h} on a 12-column grid; window_json overrides the tab's window
-- for this chart (null: the chart inherits it).
create table tab_charts (
    tab_id      uuid         not null references tabs (id) on delete cascade,
    chart_id    uuid         not null references charts (id) on delete cascade,
    layout_json varchar(200) not null,
    window_json varchar(2000),
    position    integer      not null,
    primary key (tab_id, chart_id)
);
create index tab_charts_chart on tab_charts (chart_id);

-- Raw markdown as the user wrote it; the web app renders it sanitized.
create table tab_cards (
    id          uuid primary key,
    tab_id      uuid           not null references tabs (id) on delete cascade,
    markdown    varchar(20000) not null,
    layout_json varchar(200)   not null,
    position    integer        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index tab_cards_tab on tab_cards (tab_id);
