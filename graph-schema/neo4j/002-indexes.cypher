// Generated from graph-schema/schema.json by `innovation-network schema docs`. Do not edit by hand.
// Range indexes on the properties list filters and sorts use, and one full-text index.
// Apply each statement in its own request: schema statements cannot share a transaction with writes.
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX region_code IF NOT EXISTS FOR (n:Region) ON (n.code);
CREATE INDEX lab_name IF NOT EXISTS FOR (n:Lab) ON (n.name);
CREATE INDEX lab_kind IF NOT EXISTS FOR (n:Lab) ON (n.kind);
CREATE INDEX firm_name IF NOT EXISTS FOR (n:Firm) ON (n.name);
CREATE INDEX firm_sector IF NOT EXISTS FOR (n:Firm) ON (n.sector);
CREATE INDEX firm_size IF NOT EXISTS FOR (n:Firm) ON (n.size);
CREATE INDEX funder_name IF NOT EXISTS FOR (n:Funder) ON (n.name);
CREATE INDEX funder_kind IF NOT EXISTS FOR (n:Funder) ON (n.kind);
CREATE INDEX skill_name IF NOT EXISTS FOR (n:Skill) ON (n.name);
CREATE INDEX bottleneck_title IF NOT EXISTS FOR (n:Bottleneck) ON (n.title);
CREATE INDEX bottleneck_category IF NOT EXISTS FOR (n:Bottleneck) ON (n.category);
CREATE INDEX bottleneck_status IF NOT EXISTS FOR (n:Bottleneck) ON (n.status);
CREATE INDEX project_title IF NOT EXISTS FOR (n:Project) ON (n.title);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Region|Lab|Firm|Funder|Skill|Bottleneck|Project) ON EACH [n.name, n.description, n.title];
