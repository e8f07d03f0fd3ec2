MATCH (start:Entity {id: $id})
MATCH p = ANY SHORTEST (start)<-[:SUPPLIES]-{1,3}(x:Entity) WHERE x <> start
RETURN collect([x.id, x.kind, x.name, length(p)]) AS reached, [] AS rels
