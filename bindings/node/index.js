// zaban for Node — loads the zaban SQLite extension into a database of the
// npm package `libsql` (or better-sqlite3: the same loadExtension()).
//
//   const Database = require('libsql');
//   const zaban = require('./bindings/node');
//   const db = zaban.load(new Database('news.db'));
//   db.prepare("SELECT fold('كتاب') AS k").get();   // { k: 'کتاب' }
//
// path() is the extension built by `make` in this repository (dist/zaban),
// or the file named by the ZABAN_EXTENSION environment variable.
'use strict';
const fs = require('fs');
const path = require('path');

function extensionPath() {
  const p = process.env.ZABAN_EXTENSION || path.join(__dirname, '..', '..', 'dist', 'zaban');
  if (!['.so', '.dylib', ''].some((suffix) => fs.existsSync(p + suffix))) {
    throw new Error(`zaban: no extension at ${p}: run make in the zaban repository, `
                    + 'or set ZABAN_EXTENSION to the installed file (e.g. /usr/local/lib/zaban)');
  }
  return p;
}

function load(db) {
  db.loadExtension(extensionPath());
  return db;
}

module.exports = { path: extensionPath, load };
