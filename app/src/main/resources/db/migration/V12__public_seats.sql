-- 傍聴定員: how many members of the public the room takes, as the 開催案内 says (none set: no figure is given).
alter table meeting add column public_seats integer;
