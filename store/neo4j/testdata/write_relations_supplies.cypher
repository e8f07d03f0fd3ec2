UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:SUPPLIES {id: row.id}]->(b)
SET r.props = row.props, r.evidence = row.evidence, r.k_discipline = row.k_discipline, r.k_role = row.k_role
