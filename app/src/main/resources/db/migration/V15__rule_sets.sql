-- The rule set a consultation's grounds were decided under (条例期 or 法施行条例期), fixed at its first submission, and
-- the instrument its 諮問書 cites. Cases decided before rule sets had dates were decided by the ordinance tables.
alter table consultation add column reference_date date;
alter table consultation add column rule_set varchar(60);
alter table consultation add column rule_instrument varchar(200);
alter table consultation add column rule_era varchar(20);

update consultation
   set reference_date  = cast(created_at as date),
       rule_set        = (select c.code || '-ordinance' from council c where c.id = consultation.council_id),
       rule_instrument = (select c.ordinance from council c where c.id = consultation.council_id),
       rule_era        = 'ORDINANCE'
 where exists (select 1 from consultation_ground g where g.consultation_id = consultation.id);
