-- The language a person reads Casebook in (a language tag: zh-CN or en), remembered when they
-- switch it; their e-mail copies are written in it. Null: not chosen yet (Chinese).
alter table user_account add column preferred_language varchar(10);
