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
      RETURN collect([o0_0_0.kind, o0_0_0.name]) AS p0_0_0
    }
    WITH r0_0, o0_0, out, p0_0_0
    RETURN collect([o0_0.kind, o0_0.name, [p0_0_0]]) AS p0_0
  }
  WITH r0, o0, out, p0_0
  RETURN collect([o0.id, o0.kind, o0.name, o0.aliases, [p0_0]]) AS p0
}
WITH root, n, p0, COUNT { (n)<-[:MEMBER_OF_CHAIN]-() } AS t0
RETURN root, t0, p0
