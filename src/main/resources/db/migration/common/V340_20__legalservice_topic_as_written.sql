-- A citizen's own topic outside the dictionary, kept as written while the consultation is filed under 其他.
alter table legalservice_consultation add column topic_as_written varchar(50);
