-- 急施の理由: why a meeting's 開催案内 went out later than the council's notice period before it.
alter table meeting add column notice_short_reason varchar(400);
