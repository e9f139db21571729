-- Calculated fields: named arithmetic over a dataset's columns, usable as measures.
-- The expression is text the chart compiler parses into jOOQ, never SQL run as such.

create table calculated_fields (
    dataset_id  uuid          not null references datasets (id) on delete cascade,
    name        varchar(63)   not null,
    expression  varchar(1000) not null,
    unit        varchar(40),
    description varchar(1000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    primary key (dataset_id, name)
);
