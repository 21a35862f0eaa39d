-- 公開/非公開: a 議題 is public unless the secretariat closes it, with the reason (個人情報を含むため, …).
alter table agenda_item add column closed boolean not null default false;
alter table agenda_item add column closed_reason varchar(500);

-- Whether the public version names the members or shows them as 委員A, 委員B, as each council decides.
alter table council add column member_naming varchar(20) not null default 'NAMED';

-- 開催案内: when the secretariat released the meeting's notice to the public portal.
alter table meeting add column notice_published_at timestamp with time zone;
