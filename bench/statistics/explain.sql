-- The statistics' own queries for one town and year (as Hibernate sends them, simplified to the predicates).
\set ON_ERROR_STOP on
explain (analyze, buffers, costs off) select * from petition_petition
  where org_id = :town and received_on between '2025-01-01' and '2025-12-31' order by received_on, id;
explain (analyze, buffers, costs off) select dispute_type, source, village_name, received_on, status from mediation_dispute
  where org_id = :town and received_on >= '2025-01-01' and received_on <= '2025-12-31';
explain (analyze, buffers, costs off) select * from inforequest_request
  where org_id = :town and received_on between '2025-01-01' and '2025-12-31';
explain (analyze, buffers, costs off) select * from legalservice_consultation
  where org_id = :town and asked_on between '2025-01-01' and '2025-12-31';
select tablename, indexname, indexdef from pg_indexes
 where tablename in ('petition_petition', 'mediation_dispute', 'inforequest_request', 'legalservice_consultation',
                     'disclosure_document') and indexdef like '%org_id%' order by 1, 2;
