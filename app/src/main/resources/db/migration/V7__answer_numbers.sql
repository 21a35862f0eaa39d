-- 答申番号: each council numbers its answers per 年度 (令和4年度答申第1号); 継続審議 is no answer and has none.
alter table answer add column fiscal_year integer;
alter table answer add column number integer;
