UNWIND $qs AS q
MATCH (n:Entity {id: q.id})
CALL (q, n) {
  WITH q, n WHERE q.group = 0
  CALL (q, n) {
    MATCH (n)-[r]-(o:Entity)
    WHERE size(q.kinds) = 0 OR o.kind IN q.kinds
    WITH r, o ORDER BY type(r), o.name, r.id SKIP $skip0 LIMIT $limit0
    RETURN collect({r: r, o: o}) AS hits
  }
  RETURN hits, CASE WHEN size(q.kinds) = 0 THEN COUNT { (n)-[]-() }
    ELSE COUNT { (n)-[r]-(o:Entity) WHERE o.kind IN q.kinds } END AS total
  UNION ALL
  WITH q, n WHERE q.group = 1
  CALL (q, n) {
    MATCH (n)<-[r:ALUMNUS_OF|SUPPLIES]-(o:Entity)
    WHERE size(q.kinds) = 0 OR o.kind IN q.kinds
    WITH r, o ORDER BY type(r), o.name, r.id SKIP $skip1 LIMIT $limit1
    RETURN collect({r: r, o: o}) AS hits
  }
  RETURN hits, CASE WHEN size(q.kinds) = 0 THEN COUNT { (n)<-[:ALUMNUS_OF|SUPPLIES]-() }
    ELSE COUNT { (n)<-[r:ALUMNUS_OF|SUPPLIES]-(o:Entity) WHERE o.kind IN q.kinds } END AS total
  UNION ALL
  WITH q, n WHERE q.group = 2
  CALL (q, n) {
    MATCH (n)<-[r:WORKS_AT]-(o:Entity)
    WHERE size(q.kinds) = 0 OR o.kind IN q.kinds
    WITH r, o ORDER BY o.name SKIP $skip2 LIMIT $limit2
    RETURN collect({r: r, o: o}) AS hits
  }
  RETURN hits, CASE WHEN size(q.kinds) = 0 THEN COUNT { (n)<-[:WORKS_AT]-() }
    ELSE COUNT { (n)<-[r:WORKS_AT]-(o:Entity) WHERE o.kind IN q.kinds } END AS total
}
RETURN q.i AS i, total,
  CASE WHEN q.light
    THEN [h IN hits | {rel: {id: h.r.id, type: type(h.r), from: startNode(h.r).id, to: endNode(h.r).id}, other: {id: h.o.id, kind: h.o.kind, name: h.o.name, aliases: h.o.aliases}, out: startNode(h.r) = n}]
    ELSE [h IN hits | {rel: {id: h.r.id, props: h.r.props, evidence: h.r.evidence, type: type(h.r), from: startNode(h.r).id, to: endNode(h.r).id}, other: {id: h.o.id, kind: h.o.kind, name: h.o.name, aliases: h.o.aliases, props: h.o.props, evidence: h.o.evidence}, out: startNode(h.r) = n}]
  END AS page
