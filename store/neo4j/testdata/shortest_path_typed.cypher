MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:ALUMNUS_OF|WORKS_AT*..4]-(b))
WITH p
ORDER BY [x IN nodes(p) | x.id], [x IN relationships(p) | x.id]
LIMIT $limit
RETURN [x IN nodes(p) | x {.id, .kind, .name, .aliases, .props, .evidence}] AS nodes, [x IN relationships(p) | x {.id, .props, .evidence, type: type(x), from: startNode(x).id, to: endNode(x).id}] AS rels
