-- Energy sites (a site model as JSON), the last fit of their asset models, and their runs.
-- A run is stored whole or not at all: its plan, explanation and forecast metrics as JSON.

create table energy_sites (
    id           uuid primary key,
    workspace_id uuid          not null references workspaces (id) on delete cascade,
    name         varchar(100)  not null,
    name_key     varchar(100)  not null,
    model_json   varchar(200000) not null,
    fit_json     varchar(400000),
    created_by   uuid references users (id) on delete set null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint energy_sites_name_unique unique (workspace_id, name_key)
);

create table energy_runs (
    id                uuid primary key,
    site_id           uuid          not null references energy_sites (id) on delete cascade,
    workspace_id      uuid          not null references workspaces (id) on delete cascade,
    created_by        uuid references users (id) on delete set null,
    trigger_kind      varchar(20)   not null,
    status            varchar(30)   not null,
    as_of             timestamp     not null,
    horizon_hours     int           not null,
    step_minutes      int           not null,
    demand            varchar(10)   not null,
    cost              double precision not null,
    baseline_cost     double precision not null,
    baseline_kind     varchar(20)   not null,
    solve_ms          bigint        not null,
    currency          varchar(10),
    plan_json         varchar(2000000) not null,
    explanation_json  varchar(400000) not null,
    metrics_json      varchar(20000) not null,
    request_json      varchar(20000) not null,
    plan_dataset_id   uuid,
    created_at        timestamp with time zone not null,
    constraint energy_runs_demand_check check (demand in ('forecast', 'actual'))
);
create index energy_runs_site on energy_runs (site_id, created_at);
