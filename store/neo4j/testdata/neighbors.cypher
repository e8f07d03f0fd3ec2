UNWIND $qs AS q
MATCH (n:Entity {id: q.id})
CALL (q, n) {
  WITH q, n WHERE q.shape = 0
  RETURN COLLECT {
    MATCH (n)-[r]-(o:Entity)
    WHERE size(q.kinds) = 0 OR o.kind IN q.kinds
    WITH r, o
    ORDER BY type(r), o.name, r.id
    RETURN {r: r, o: o}
  } AS hits
  UNION ALL
  WITH q, n WHERE q.shape = 1
  RETURN COLLECT {
    MATCH (n)<-[r:ALUMNUS_OF|SUPPLIES]-(o:Entity)
    WHERE size(q.kinds) = 0 OR o.kind IN q.kinds
    WITH r, o
    ORDER BY type(r), o.name, r.id
    RETURN {r: r, o: o}
  } AS hits
}
RETURN q.i AS i, size(hits) AS total,
  CASE WHEN q.light
    THEN [h IN hits[q.skip..q.skip + q.limit] | {rel: {id: h.r.id, type: type(h.r), from: startNode(h.r).id, to: endNode(h.r).id}, other: {id: h.o.id, kind: h.o.kind, name: h.o.name, aliases: h.o.aliases}, out: startNode(h.r) = n}]
    ELSE [h IN hits[q.skip..q.skip + q.limit] | {rel: {id: h.r.id, props: h.r.props, evidence: h.r.evidence, type: type(h.r), from: startNode(h.r).id, to: endNode(h.r).id}, other: {id: h.o.id, kind: h.o.kind, name: h.o.name, aliases: h.o.aliases, props: h.o.props, evidence: h.o.evidence}, out: startNode(h.r) = n}]
  END AS page
