UNWIND $qs AS q
MATCH (n:Entity {id: q.id})
WITH q, COLLECT {
  MATCH (n)-[r]-(o:Entity)
  WHERE (q.dir = 'BOTH' OR (q.dir = 'OUT') = (startNode(r) = n))
    AND (size(q.types) = 0 OR type(r) IN q.types)
    AND (size(q.kinds) = 0 OR o.kind IN q.kinds)
  WITH n, r, o
  ORDER BY type(r), o.name, r.id
  RETURN {rel: r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id}, other: o {.id, .kind, .name, .aliases, .props, .evidence}, out: startNode(r) = n}
} AS hits
RETURN q.i AS i, size(hits) AS total, hits[q.skip..q.skip + q.limit] AS page
