-- Append-only: the application never updates or deletes entries; the hash chain shows it if anyone does.
create table audit_entry (
    seq bigint primary key,
    occurred_at timestamp with time zone not null,
    actor varchar(64) not null,
    org_id bigint,
    address varchar(64),
    action varchar(64) not null,
    target_type varchar(64) not null,
    target_id varchar(64),
    detail text not null,
    prev_hash varchar(64) not null,
    hash varchar(64) not null
);
create index audit_entry_org on audit_entry (org_id, seq);
create index audit_entry_actor on audit_entry (actor, seq);

-- One row; appends lock it so that sequence and chain stay gap-free with several application nodes.
create table audit_chain_head (
    id integer primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
