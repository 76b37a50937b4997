// Lint saved Cypher queries offline with Neo4j's own language support.
//
//   node tools/cypher-lint/lint.mjs <schema.json> <file.cypher>…
//
// schema.json is the DbSchema generated from kg/schema.yaml (`python -m kg.schema --lint-json`).
// The parameters each file declares in its `// param: key — meaning` header are added to the
// schema, so an undeclared $parameter is still reported. Prints one line per diagnostic
// (file:line:col severity message) and exits 1 when any diagnostic has severity 1 (error).
// Warnings (severity 2: unknown label, type or property) are printed and do not fail.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const PARAM = /^\/\/\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\??/;

function declaredParams(text) {
  const params = {};
  for (const line of text.split('\n')) {
    const m = PARAM.exec(line.trim());
    if (m) params[m[1]] = '';
  }
  return params;
}

function main(argv) {
  if (argv.length < 2) {
    console.error('usage: node lint.mjs <schema.json> <file.cypher>…');
    return 2;
  }
  const schema = JSON.parse(readFileSync(argv[0], 'utf8'));
  let errors = 0;
  for (const file of argv.slice(1)) {
    const text = readFileSync(file, 'utf8');
    const fileSchema = { ...schema, parameters: { ...(schema.parameters || {}), ...declaredParams(text) } };
    const { diagnostics } = lintCypherQuery(text, fileSchema);
    for (const d of diagnostics) {
      const pos = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const level = d.severity === 1 ? 'error' : 'warning';
      console.log(`${file}:${pos} ${level} ${d.message.replace(/\s+/g, ' ')}`);
      if (d.severity === 1) errors += 1;
    }
  }
  console.log(`${argv.length - 1} file(s), ${errors} error(s)`);
  return errors ? 1 : 0;
}

process.exit(main(process.argv.slice(2)));
