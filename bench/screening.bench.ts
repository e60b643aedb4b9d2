// Measures the fair-recruitment screening on the evaluation set: precision, recall and F1
// (per vacancy and per flag code, on all cases and on the held-out ones), and throughput.
// Writes bench/results/screening.json. Run with `npm run bench:screening`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVALUATION_SET } from './screening/cases';
import { evaluateScreening, Scores } from './screening/evaluate';
import { screenVacancy } from 'src/vacancies/screening/screening';

const THROUGHPUT_ROUNDS = 200;

function row(name: string, scores: Scores): string {
  const pct = (value: number): string => value.toFixed(3);
  return `${name.padEnd(22)} ${pct(scores.precision)}     ${pct(scores.recall)}  ${pct(scores.f1)}  (tp ${scores.truePositives}, fp ${scores.falsePositives}, fn ${scores.falseNegatives})`;
}

function throughput(): { texts: number; seconds: number; textsPerSecond: number } {
  for (const testCase of EVALUATION_SET) screenVacancy(testCase.vacancy); // warm-up
  const started = process.hrtime.bigint();
  for (let round = 0; round < THROUGHPUT_ROUNDS; round += 1) {
    for (const testCase of EVALUATION_SET) screenVacancy(testCase.vacancy);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const texts = THROUGHPUT_ROUNDS * EVALUATION_SET.length;
  return { texts, seconds, textsPerSecond: Math.round(texts / seconds) };
}

function main(): void {
  const all = evaluateScreening(EVALUATION_SET);
  const heldOut = evaluateScreening(EVALUATION_SET.filter((testCase) => testCase.split === 'frozen'));
  const speed = throughput();
  const languages: Record<string, number> = {};
  for (const testCase of EVALUATION_SET) languages[testCase.language] = (languages[testCase.language] ?? 0) + 1;

  console.log(`Screening evaluation: ${all.cases} vacancies (${heldOut.cases} held out)`, languages);
  console.log('                       precision recall F1');
  console.log(row('vacancy level', all.vacancyLevel));
  for (const [code, scores] of Object.entries(all.byCode)) console.log(row(code, scores));
  console.log(row('all codes (micro)', all.codeLevel));
  console.log(row('held-out vacancy level', heldOut.vacancyLevel));
  console.log(row('held-out codes', heldOut.codeLevel));
  for (const mistake of all.mistakes) {
    console.log(`  mistake ${mistake.id}: expected [${mistake.expected.join()}] got [${mistake.actual.join()}]`);
  }
  console.log(`Throughput: ${speed.textsPerSecond} vacancies/s (${speed.texts} in ${speed.seconds.toFixed(2)} s)`);

  const dir = join(__dirname, '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const result = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cases: all.cases,
    languages,
    all,
    heldOut,
    throughput: speed,
  };
  writeFileSync(join(dir, 'screening.json'), `${JSON.stringify(result, null, 2)}\n`);
}

main();
