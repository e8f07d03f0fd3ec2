WITH COLLECT {
    MATCH (e:Entity)-[:LEADS_CHAIN|MEMBER_OF_CHAIN|SUPPORTS_CHAIN]->(:Entity {id: $chain}) RETURN e
    UNION
    MATCH (e:Entity)-[:SERVES]->(:Entity {id: $chain}) WHERE e.kind IN $supporterKinds RETURN e
    UNION
    MATCH (e:Entity)-[:SERVES]->(:Entity)-[:LEADS_CHAIN|MEMBER_OF_CHAIN]->(:Entity {id: $chain})
    WHERE e.kind IN $supporterKinds RETURN e
  } AS bodies
MATCH (:Entity {id: $university})<-[a:ALUMNUS_OF]-(t:Entity)-[w:WORKS_AT]->(emp:Entity)
WHERE emp IN bodies
RETURN t.id, t.kind, t.name, t.aliases, t.props, emp.id, emp.kind, emp.name, emp.aliases, emp.props, a.props, w.props
