-- 監査ログの封印: each audit event gets, after it is written, a link in a hash chain (its content hashed together
-- with the previous link's hash). Altering or removing an event, or a link, breaks the chain from there on.
create table audit_seal (
    chain_seq     bigint primary key,
    event_id      bigint not null unique references audit_event (id),
    previous_hash varchar(64) not null,
    row_hash      varchar(64) not null,
    sealed_at     timestamp with time zone not null
);

-- The end of the chain, locked by whoever seals so that two application instances never fork it.
create table audit_chain_head (
    id        integer primary key,
    last_seq  bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
