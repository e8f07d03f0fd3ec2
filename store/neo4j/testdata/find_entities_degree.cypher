CALL () {
  MATCH (n:Entity) USING TEXT INDEX n:Entity(key) WHERE n.key CONTAINS $text RETURN n
  UNION
  MATCH (n:Entity) WHERE n.aliasKeyText CONTAINS $text RETURN n
}
WITH n WHERE size($kinds) = 0 OR n.kind IN $kinds
WITH n,
  CASE WHEN n.key = $text THEN 0 WHEN n.key STARTS WITH $text THEN 2 WHEN n.key CONTAINS $text THEN 4 ELSE 9 END AS nameRank,
  reduce(best = 9, a IN n.aliasKeys |
    CASE WHEN a = $text AND best > 1 THEN 1
         WHEN a STARTS WITH $text AND best > 3 THEN 3
         WHEN a CONTAINS $text AND best > 5 THEN 5
         ELSE best END) AS aliasRank
WITH n, CASE WHEN $text = '' THEN 0 WHEN nameRank < aliasRank THEN nameRank ELSE aliasRank END AS rank
WHERE rank < 9
WITH n, rank, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.name, n.id
WITH collect(n) AS hits
RETURN size(hits) AS total, [n IN hits[$skip..$skip + $limit] | n {.id, .kind, .name, .aliases, .props, .evidence}] AS page
