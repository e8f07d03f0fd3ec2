// Package data embeds the curated graph of Chengdu's innovation ecosystem,
// built by hand from the documents it cites, so the binary can seed an empty
// store with no files beside it.
package data

import _ "embed"

// Curated is the curated dataset in the JSON Lines format of package dataset.
//
//go:embed curated.jsonl
var Curated []byte
