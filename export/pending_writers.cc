// Temporary stand-ins for writers and readers that other modules are still
// writing, so that the library links meanwhile.  They are weak: the real
// definition wins as soon as it exists.  Delete each entry when its module
// lands; delete the file when it is empty.
//
// Empty: WriteJsonLd, ReadJsonLd and WriteNeo4jDirectory have landed
// (export/jsonld_writer.cc, jsonld_reader.cc, neo4j_writer.cc).  A weak
// stand-in in a static library also hides the real definition whenever the
// linker pulls this object first, so none may stay.
