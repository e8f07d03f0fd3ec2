MATCH (start:Entity {id: $id})
OPTIONAL MATCH p = ANY SHORTEST (start)<-[:SUPPLIES]-{1,3}(x:Entity) WHERE x <> start
WITH x, length(p) AS d WHERE x IS NOT NULL
RETURN collect({e: {id: x.id, kind: x.kind, name: x.name, aliases: x.aliases}, d: d}) AS reached, [] AS rels
