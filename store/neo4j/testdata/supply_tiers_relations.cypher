MATCH (start:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (start)<-[:SUPPLIES]-{1,3}(x:Entity) WHERE x <> start
WITH start, collect(CASE WHEN x IS NULL THEN null ELSE {x: x, d: length(p)} END) AS reached
WITH start, [{x: start, d: 0}] + reached AS reached
WITH reached, [r IN reached | r.x] AS nodes
UNWIND reached AS r
WITH nodes, r.x AS x, r.d AS d
WITH nodes, collect({e: x {.id, .kind, .name, .aliases, .props, .evidence}, d: d}) AS reached
RETURN reached,
  COLLECT { UNWIND nodes AS a MATCH (a)-[r:SUPPLIES]->(b:Entity) WHERE b IN nodes RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} } AS rels
