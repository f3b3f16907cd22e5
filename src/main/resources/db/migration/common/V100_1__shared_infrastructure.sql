-- Spring Modulith 2.0 event publication registry: a listener that fails stays on record for resubmission.
create table event_publication (
    id uuid primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(100000) not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer not null default 0,
    last_resubmission_date timestamp with time zone
);
create index event_publication_incomplete on event_publication (completion_date, publication_date);

-- ShedLock: a scheduled job runs on one node at a time when several nodes share the database.
create table shedlock (
    name varchar(64) primary key,
    lock_until timestamp with time zone not null,
    locked_at timestamp with time zone not null,
    locked_by varchar(255) not null
);

-- Gap-free counters per scope (tracking numbers, 索引号 serials).
create table shared_serial (
    scope varchar(100) primary key,
    last_value bigint not null
);
