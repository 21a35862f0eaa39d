-- Steps whose deadline has passed and whose people have been reminded, once per step (and once across instances).
create table step_reminder (
    task_id     varchar(64) primary key,
    reminded_at timestamp with time zone not null
);
