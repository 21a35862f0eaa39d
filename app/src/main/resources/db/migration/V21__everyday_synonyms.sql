-- More of the words staff use for one thing: abbreviations (健診, 生保, 住民税) and the spellings city halls mix
-- (障害 / 障がい, 子ども / 子供 / こども). 総務課 may edit or remove them like any other rule.
insert into search_synonym (rule, created_by, created_at) values
    ('健診, 健康診査, 健康診断', 'system', current_timestamp),
    ('生保, 生活保護', 'system', current_timestamp),
    ('住民税, 市民税, 市県民税, 市・県民税, 個人住民税', 'system', current_timestamp),
    ('障害, 障がい, 障碍', 'system', current_timestamp),
    ('子ども, 子供, こども', 'system', current_timestamp),
    ('介護認定, 要介護認定', 'system', current_timestamp),
    ('DV, 配偶者暴力, ドメスティック・バイオレンス', 'system', current_timestamp),
    ('住民票, 住民票の写し', 'system', current_timestamp),
    ('罹災証明, り災証明', 'system', current_timestamp);
