// example.js — node bindings/node/example.js (after make, and npm install
// in bindings/node): the people of a sentence, each with its one id.
'use strict';
const Database = require('libsql');
const zaban = require('.');

const db = zaban.load(new Database(':memory:'));
for (const row of db.prepare("SELECT surface, entity FROM entities(?)")
                    .all('Amir Abdollahian met Fuad Hussein; امیرعبداللهیان گفت')) {
  console.log(`${row.surface}|${row.entity}`);
}
