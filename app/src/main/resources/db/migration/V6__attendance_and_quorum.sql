-- 定足数: how many of a council's members must attend for a meeting to be valid. MAJORITY (過半数) unless the
-- council's ordinance says otherwise: HALF_OR_MORE (半数以上) or FIXED (quorum_count members).
alter table council add column quorum_rule varchar(20) not null default 'MAJORITY';
alter table council add column quorum_count integer;

-- 出席・欠席 of each member of a meeting, as the secretariat records it after the meeting.
create table meeting_attendance (
    meeting_id bigint       not null references meeting (id),
    member_id  bigint       not null references council_member (id),
    status     varchar(20)  not null,
    note       varchar(200),
    primary key (meeting_id, member_id)
);

-- A member who attended but was not there for one 議題: left the room (退席) or excluded from it (除斥).
create table agenda_item_absence (
    meeting_id     bigint      not null references meeting (id),
    handout_number integer     not null,
    member_id      bigint      not null references council_member (id),
    reason         varchar(20) not null,
    primary key (meeting_id, handout_number, member_id)
);

-- Who presided (会長 or 職務代理者), who attended for the secretariat and to explain, and how many watched (傍聴).
alter table meeting add column presided_by bigint references council_member (id);
alter table meeting add column presiding_role varchar(20);
alter table meeting add column secretariat_attendees varchar(1000);
alter table meeting add column explainers varchar(1000);
alter table meeting add column public_attendees integer;
alter table meeting add column attendance_recorded_at timestamp with time zone;
