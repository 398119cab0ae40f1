// SPDX-License-Identifier: GPL-3.0-or-later
// The reference for the counting benchmark: twitter-text's own parseTweet on the same corpus.
'use strict';
const fs = require('fs');
const twitter = require('twitter-text');
const [corpusFile, roundsArg] = process.argv.slice(2);
const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'));
const rounds = Number(roundsArg || 100);
let checksum = 0;
// One round untimed, as bench_counting does: compiling the patterns and the JIT's warm-up are
// not counting throughput.
for (const text of corpus) checksum += twitter.parseTweet(text).weightedLength;
checksum = 0;
const start = process.hrtime.bigint();
for (let round = 0; round < rounds; ++round)
  for (const text of corpus) checksum += twitter.parseTweet(text).weightedLength;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`X (twitter-text JS) ${Math.round(corpus.length * rounds / seconds)} texts/s (checksum ${checksum})`);
