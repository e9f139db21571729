-- why: E-strings: JSqlParser and DuckDB lex the backslash differently, DuckDB ran three statements
select E'\' as a, ' ; copy/**/(select 42 as answer) to $$/tmp/pwn.csv$$; select 7 as seven --' as b
-- ----
-- why: dollar quoting hides a path from string-stripping regexes
select * from read_text($$/etc/passwd$$)
-- ----
-- why: a dollar-quoted string as a value
select $$a'b$$ as x from ds_a1
-- ----
-- why: U& unicode escapes spell a name the checker never sees
select U&'\0072ead_csv' as x
-- ----
-- why: N prefix
select N'x' from ds_a1
-- ----
-- why: X prefix
select X'2f6574632f706173737764'
-- ----
-- why: B prefix
select B'0101'
-- ----
-- why: a block comment between name and parenthesis
select read_text/**/('/etc/passwd')
-- ----
-- why: a line comment between name and parenthesis
select read_text--x
('/etc/passwd')
-- ----
-- why: a quoted function name
select "read_csv"('/etc/passwd')
-- ----
-- why: a quoted table function in FROM
select * from "read_csv"('/etc/passwd')
-- ----
-- why: mixed case
select * from ReAd_CsV('/etc/passwd')
-- ----
-- why: a Cyrillic look-alike letter
select rеad_csv('/etc/passwd')
-- ----
-- why: a zero-width space inside a name
select read​_csv('/etc/passwd')
-- ----
-- why: a single quote inside a quoted identifier hides the call from a string-stripping regex
select "a'b", read_text('/etc/passwd'), "c'd" from ds_a1
-- ----
-- why: a doubled double quote inside a quoted function name
select "read""_csv"('x')
-- ----
-- why: read_csv_auto
select * from read_csv_auto('/etc/passwd')
-- ----
-- why: read_parquet
select * from read_parquet('/data/*.parquet')
-- ----
-- why: read_json
select * from read_json('/x.json')
-- ----
-- why: read_json_auto
select * from read_json_auto('/x.json')
-- ----
-- why: read_blob
select * from read_blob('/etc/shadow')
-- ----
-- why: glob lists files
select * from glob('/*')
-- ----
-- why: query runs a string as SQL
select * from query('select * from other_ws')
-- ----
-- why: query_table reads a table named by a string
select * from query_table('other_ws')
-- ----
-- why: duckdb_tables shows every table
select * from duckdb_tables()
-- ----
-- why: duckdb_settings shows secrets and paths
select * from duckdb_settings()
-- ----
-- why: duckdb_databases shows attached files
select * from duckdb_databases()
-- ----
-- why: duckdb_functions
select * from duckdb_functions()
-- ----
-- why: current_setting reads settings
select current_setting('home_directory')
-- ----
-- why: getenv reads the environment
select getenv('GRIDSIGHT_SECRET_KEY')
-- ----
-- why: pragma functions
select * from pragma_table_info('ds_a1')
-- ----
-- why: sniff_csv reads a file
select * from sniff_csv('/etc/passwd')
-- ----
-- why: parquet_metadata reads a file
select * from parquet_metadata('/x.parquet')
-- ----
-- why: iceberg_scan
select * from iceberg_scan('s3://x')
-- ----
-- why: delta_scan
select * from delta_scan('/x')
-- ----
-- why: sqlite_scan
select * from sqlite_scan('/x.db', 't')
-- ----
-- why: postgres_scan
select * from postgres_scan('host=x', 'public', 't')
-- ----
-- why: system functions
select version(), current_database(), current_schema()
-- ----
-- why: a session value written as a bare word
select current_user
-- ----
-- why: a schema-qualified dataset
select * from main.ds_a1
-- ----
-- why: another catalog
select * from "other"."main"."x"
-- ----
-- why: a schema-qualified function
select main.abs(1)
-- ----
-- why: pg_catalog
select * from pg_catalog.pg_tables
-- ----
-- why: a pg_catalog function
select pg_catalog.current_setting('x')
-- ----
-- why: information_schema
select * from information_schema.tables
-- ----
-- why: sqlite_master
select * from sqlite_master
-- ----
-- why: duckdb_* views
select * from duckdb_views
-- ----
-- why: another workspace's table
select * from other_ws
-- ----
-- why: COPY
copy (select 1) to '/tmp/x.csv'
-- ----
-- why: ATTACH
attach '/tmp/x.db' as x
-- ----
-- why: INSTALL
install httpfs
-- ----
-- why: LOAD
load httpfs
-- ----
-- why: SET
set enable_external_access = true
-- ----
-- why: PRAGMA
pragma database_list
-- ----
-- why: CREATE
create table x as select 1
-- ----
-- why: INSERT
insert into ds_a1 values (1)
-- ----
-- why: UPDATE
update ds_a1 set x = 1
-- ----
-- why: DELETE
delete from ds_a1
-- ----
-- why: EXPORT DATABASE
export database '/tmp/x'
-- ----
-- why: CALL
call pragma_version()
-- ----
-- why: two statements
select 1; select * from other_ws
-- ----
-- why: two statements after a comment
select 1 /* x */ ; drop table ds_a1
-- ----
-- why: SELECT INTO
select * into x from ds_a1
-- ----
-- why: WITH RECURSIVE
with recursive r(n) as (select 1 union all select n + 1 from r) select * from r
-- ----
-- why: a CTE named like a dataset cannot hide a file read
with ds_a1 as (select * from read_csv('/etc/passwd')) select * from ds_a1
-- ----
-- why: a dangerous call inside a subquery in WHERE
select * from ds_a1 where x in (select getenv('HOME'))
-- ----
-- why: inside a window function's frame
select sum(x) over (order by read_text('/etc/passwd')) from ds_a1
-- ----
-- why: inside a FILTER clause
select count(*) filter (where glob('/x') is null) from ds_a1
-- ----
-- why: parameters
select * from ds_a1 where x = ?
-- ----
-- why: named parameters
select * from ds_a1 where x = :x
-- ----
-- why: numbered parameters
select $1
-- ----
-- why: user variables
select @a
-- ----
-- why: sequences
select nextval('s')
-- ----
-- why: a lambda
select list_transform([1], x -> x + 1)
-- ----
-- why: JSON operator
select '{"a":1}'::json -> 'a'
-- ----
-- why: a size bomb stays harmless
select length(lpad('x', 2000000000, 'x'))
-- ----
-- why: repeat is capped too
select repeat('x', 2000000000)
-- ----
-- why: quoted dataset name with a quote inside
select * from "ds_a1"" ; drop table x; --"
-- ----
-- why: backslash at the end of a plain string
select '\' as a, ' ; copy (select 1) to ''/tmp/x'' --' as b from ds_a1
-- ----
-- why: CONNECT BY
select x from ds_a1 connect by prior x = y
-- ----
-- why: a PIVOT statement
pivot ds_a1 on x using sum(y)
-- ----
-- why: EXECUTE
execute x
-- ----
-- why: FOR UPDATE
select * from ds_a1 for update
-- ----
-- why: a table alias cannot make another table a dataset
select * from other_ws as ds_a1
-- ----
-- why: method call syntax
select 'x'.read_text()
