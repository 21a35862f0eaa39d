-- Telephone area code and exchange (042-346) → the municipality of the documents that printed them, learnt from
-- imports whose municipality is known, to tell the municipality of a document that never names it.
create table municipality_phone_prefix (
    prefix       varchar(20) not null,
    municipality varchar(60) not null,
    seen         integer     not null,
    primary key (prefix, municipality)
);
