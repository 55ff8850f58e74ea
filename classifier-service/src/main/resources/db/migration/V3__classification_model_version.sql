-- Every decision names the model that took part beside the rule-set version ('none': the rules alone).
alter table classification add column model_version varchar(128) not null default 'none';
