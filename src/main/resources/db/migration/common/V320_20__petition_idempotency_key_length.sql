-- The column holds the channel prefix ("api:", "web:") plus a key of up to 100 characters (shared.IdempotencyKey).
alter table petition_petition alter column idempotency_key set data type varchar(110);
