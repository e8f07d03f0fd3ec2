UNWIND range(0, size($ids) - 1) AS root
MATCH (n:Entity {id: $ids[root]})
CALL (n) {
  MATCH (n)<-[r0:MEMBER_OF_CHAIN]-(o0:Entity)
  WITH r0, o0, false AS out ORDER BY o0.name LIMIT $l0
  CALL (o0) {
    MATCH (o0)<-[r0_0:SUPPLIES]-(o0_0:Entity) WHERE o0.kind IN $f0_0
    WITH r0_0, o0_0, false AS out ORDER BY o0_0.name LIMIT $l0_0
    CALL (o0_0) {
      MATCH (o0_0)<-[r0_0_0:WORKS_AT]-(o0_0_0:Entity)
      WITH r0_0_0, o0_0_0, false AS out ORDER BY o0_0_0.name LIMIT $l0_0_0
      RETURN collect([o0_0_0.id, o0_0_0.kind, o0_0_0.name, o0_0_0.aliases]) AS p0_0_0
    }
    WITH r0_0, o0_0, out, p0_0_0, COUNT { (o0_0)<-[:WORKS_AT]-() } AS t0_0_0
    RETURN collect([o0_0.id, o0_0.kind, o0_0.name, o0_0.aliases, r0_0.props, r0_0.evidence, o0_0.props, o0_0.evidence, [t0_0_0, p0_0_0]]) AS p0_0
  }
  WITH r0, o0, out, p0_0, COUNT { (o0)<-[:SUPPLIES]-() } AS t0_0
  CALL (o0) {
    MATCH (o0)-[r0_1]-(o0_1:Entity)
    WITH r0_1, o0_1, startNode(r0_1) = o0 AS out ORDER BY type(r0_1), o0_1.name, r0_1.id LIMIT $l0_1
    RETURN collect([type(r0_1), out, o0_1.id, o0_1.kind, o0_1.name, o0_1.aliases]) AS p0_1
  }
  WITH r0, o0, out, p0_0, t0_0, p0_1, COUNT { (o0)-[]-() } AS t0_1
  RETURN collect([o0.id, o0.kind, o0.name, o0.aliases, [t0_0, p0_0, t0_1, p0_1]]) AS p0
}
WITH root, n, p0, COUNT { (n)<-[:MEMBER_OF_CHAIN]-() } AS t0
RETURN root, t0, p0
