-- Chain version of each entry: 1 = legacy SHA-256 over the row (written before the chain was keyed), 2 = HMAC-SHA256
-- under a key derived from the deployment secret, which is kept outside the database.
alter table audit_entry add column chain_version integer default 1 not null;

-- An installation-wide change (calendar, statutory rules, search index) affects every town: every town's auditor
-- sees it. Covered by the v2 hash.
alter table audit_entry add column affects_all boolean default false not null;

-- The towns (orgs) an entry affects: its own org and any other it names. Town auditors see the entries that affect
-- their town; covered by the v2 hash, so a database writer cannot hide an entry from a town by deleting its row.
create table audit_affected_org (
    seq bigint not null references audit_entry (seq),
    org_id bigint not null,
    primary key (seq, org_id)
);
create index audit_affected_org_org on audit_affected_org (org_id, seq);

insert into audit_affected_org (seq, org_id) select seq, org_id from audit_entry where org_id is not null;
-- legacy calendar entries (holiday notices, clock rules) were installation-wide but recorded without an org
update audit_entry set affects_all = true where org_id is null and action like 'calendar.%';
