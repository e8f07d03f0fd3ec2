// The @neo4j/graphql peer of innograph's benchmark: the Neo4j GraphQL
// Library on Apollo Server, over the database innograph reads. Listens on
// 127.0.0.1:$PORT; NEO4J_URI says where Neo4j is (no authentication, as
// the benchmark's server runs).
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4000);
const typeDefs = readFileSync(new URL("./typedefs.graphql", import.meta.url), "utf8");

// A pool as large as innograph's driver default, so neither side waits on
// connections the other has.
const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "unused"), { maxConnectionPoolSize: 100 });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
console.log(`peer ready at ${url}`);

for (const sig of ["SIGTERM", "SIGINT"]) {
  process.on(sig, async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  });
}
