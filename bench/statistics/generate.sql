-- Fills a Fazhi PostgreSQL database (after the demo has started once on it) with 1,000 towns × 10 years
-- (2016–2025): the demo town 含谷镇 plus 999 synthetic org ids (900001…). Every generated row is a copy of one of the
-- demo's own rows of the same table (cycled, so the mix of statuses, types, channels and villages is the demo's),
-- with a new org, number, date and timestamps. Volumes per town and year: 150 petitions, 430 disputes,
-- 5 information requests, 100 consultations. Run with psql -v town=<id of 含谷镇>.
\set ON_ERROR_STOP on
create or replace function pg_temp.clone(tbl text, per_year int, date_col text, overrides jsonb, hangu bigint)
returns bigint language plpgsql as $$
declare
  cols text;
  vals text;
  n bigint;
begin
  select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
         string_agg(coalesce(overrides ->> column_name, 't.' || quote_ident(column_name)), ', ' order by ordinal_position)
    into cols, vals
    from information_schema.columns
   where table_schema = current_schema() and table_name = tbl and column_name <> 'id';
  execute format('create temp table tpl as select row_number() over (order by id) - 1 as k, * from %I where org_id = %s',
                 tbl, hangu);
  execute format($q$
    insert into %I (%s)
    select %s
      from generate_series(0, 999) o
      cross join generate_series(2016, 2025) y
      cross join generate_series(0, %s - 1) n
      join tpl t on t.k = (o * 7 + y + n) %% (select count(*) from tpl)$q$,
    tbl, cols, replace(replace(vals, '$ORG', format('(case when o = 999 then %s else 900001 + o end)', hangu)),
                       '$DAY', format('(make_date(y, 1, 1) + (n * 365 / %s))', per_year)), per_year);
  get diagnostics n = row_count;
  drop table tpl;
  return n;
end $$;

select pg_temp.clone('petition_petition', 150, 'received_on', jsonb_build_object(
  'org_id', '$ORG', 'received_on', '$DAY', 'received_at', '$DAY::timestamptz',
  'tracking_number', $$'B' || o || '-' || y || '-' || n$$, 'idempotency_key', 'null', 'duplicate_of', 'null'), :town)
  as petitions;
select pg_temp.clone('mediation_dispute', 430, 'received_on', jsonb_build_object(
  'org_id', '$ORG', 'received_on', '$DAY', 'created_at', '$DAY::timestamptz',
  'case_number', $$'B' || o || '-' || y || '-' || n$$, 'source_ref', 'null'), :town) as disputes;
select pg_temp.clone('inforequest_request', 5, 'received_on', jsonb_build_object(
  'org_id', '$ORG', 'received_on', '$DAY', 'created_at', '$DAY::timestamptz',
  'tracking_number', $$'B' || o || '-' || y || '-' || n$$, 'idempotency_key', 'null'), :town) as info_requests;
select pg_temp.clone('legalservice_consultation', 100, 'asked_on', jsonb_build_object(
  'org_id', '$ORG', 'asked_on', '$DAY', 'created_at', '$DAY::timestamptz',
  'tracking_number', $$'B' || o || '-' || y || '-' || n$$, 'idempotency_key', 'null'), :town) as consultations;
analyze petition_petition;
analyze mediation_dispute;
analyze inforequest_request;
analyze legalservice_consultation;
