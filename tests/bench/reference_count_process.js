// SPDX-License-Identifier: GPL-3.0-or-later
// The reference for `creatordesk-cli count --json` as a whole process: twitter-text's
// JavaScript reading the same JSON array, counting every text for X (the one platform it
// knows) and writing the results, as a program someone would write with it.
'use strict';
const fs = require('fs');
const twitter = require('twitter-text');
const texts = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = texts.map((text) => {
  const parsed = twitter.parseTweet(text);
  return { twitter: { permillage: parsed.permillage, valid: parsed.valid,
                      weightedLength: parsed.weightedLength } };
});
fs.writeFileSync(1, JSON.stringify(results) + '\n');
