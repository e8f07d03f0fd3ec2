CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE INDEX entity_key IF NOT EXISTS FOR (n:Entity) ON (n.key);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX entity_alias_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.aliasKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
CREATE CONSTRAINT relation_id_co_built_by IF NOT EXISTS FOR ()-[r:CO_BUILT_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_part_of IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_serves IF NOT EXISTS FOR ()-[r:SERVES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_incubated IF NOT EXISTS FOR ()-[r:INCUBATED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_leads_chain IF NOT EXISTS FOR ()-[r:LEADS_CHAIN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_member_of_chain IF NOT EXISTS FOR ()-[r:MEMBER_OF_CHAIN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_alumnus_of IF NOT EXISTS FOR ()-[r:ALUMNUS_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_works_at IF NOT EXISTS FOR ()-[r:WORKS_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_supports_chain IF NOT EXISTS FOR ()-[r:SUPPORTS_CHAIN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_partners_with IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT relation_id_mentioned_in IF NOT EXISTS FOR ()-[r:MENTIONED_IN]-() REQUIRE r.id IS UNIQUE
