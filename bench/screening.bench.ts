// Measures the fair-recruitment screening on the evaluation set: precision, recall and F1 per
// vacancy, per flag code and per language, on all cases and on the frozen ones (written after
// the rules were frozen); throughput on one core; and the time for 10,000-character texts,
// adversarial ones included. Writes bench/results/screening.json. Run with
// `npm run bench:screening`.
import { cpus, loadavg } from 'node:os';
import { EVALUATION_SET } from './screening/cases';
import { writeResult } from './report';
import { evaluateScreening, LanguageScores, Scores, scoresByLanguage } from './screening/evaluate';
import { screenMessage, screenVacancy } from 'src/vacancies/screening/screening';

const THROUGHPUT_SECONDS = 5;
const LONG_TEXT_RUNS = 20;
const LONG_TEXT_LENGTH = 10_000;

const fixed = (value: number): string => value.toFixed(3);

function row(name: string, scores: Scores): string {
  return `${name.padEnd(24)} ${fixed(scores.precision)}     ${fixed(scores.recall)}  ${fixed(scores.f1)}  (tp ${scores.truePositives}, fp ${scores.falsePositives}, fn ${scores.falseNegatives})`;
}

// Wall time counts time spent waiting for a busy machine; CPU time (this process, all its
// threads) does not. Both are reported: on a shared machine the CPU figure is the steadier one.
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function throughput(): { texts: number; seconds: number; textsPerSecond: number; textsPerCpuSecond: number } {
  for (const testCase of EVALUATION_SET) screenVacancy(testCase.vacancy); // warm-up
  let texts = 0;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < THROUGHPUT_SECONDS) {
    for (const testCase of EVALUATION_SET) screenVacancy(testCase.vacancy);
    texts += EVALUATION_SET.length;
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
  }
  return {
    texts,
    seconds: Number(seconds.toFixed(2)),
    textsPerSecond: Math.round(texts / seconds),
    textsPerCpuSecond: Math.round(texts / (cpuMs(cpu) / 1000)),
  };
}

/** 10,000-character texts: ordinary ones, and the shapes that made the old screening quadratic. */
function longTexts(): Record<string, string> {
  const fill = (unit: string): string =>
    unit.repeat(Math.ceil(LONG_TEXT_LENGTH / unit.length)).slice(0, LONG_TEXT_LENGTH);
  const vacancies = EVALUATION_SET.map((testCase) => testCase.vacancy.description).join('\n');
  return {
    'evaluation texts concatenated': fill(vacancies),
    'run of dots': fill('.'),
    'run of commas': fill(','),
    'punctuation between words': fill('fee.pay,visa;passport!'),
    'no spaces': fill('a'),
    'digits with separators': fill('1.000'),
    'one word repeated': fill('no '),
    'deduction repeated, no sentence end': fill('visa deducted from salary '),
    'fraudulent sentence repeated': fill(
      'Workers must pay a visa fee of 300 EUR before departure; passports are kept. ',
    ),
    'Arabic sentence repeated': fill('يجب تسليم جواز السفر إلى المشرف ودفع رسوم التأشيرة 300 دولار. '),
  };
}

interface LongTextTiming {
  medianMs: number;
  maxMs: number;
  cpuMsPerText: number;
}

function timeLongTexts(): Record<string, LongTextTiming> {
  const timings: Record<string, LongTextTiming> = {};
  const round = (value: number): number => Number(value.toFixed(2));
  for (const [name, text] of Object.entries(longTexts())) {
    screenMessage(text); // warm-up
    const runs: number[] = [];
    const cpu = process.cpuUsage();
    for (let run = 0; run < LONG_TEXT_RUNS; run += 1) {
      const started = performance.now();
      screenMessage(text);
      runs.push(performance.now() - started);
    }
    const cpuPerText = cpuMs(cpu) / LONG_TEXT_RUNS;
    runs.sort((a, b) => a - b);
    timings[name] = {
      medianMs: round(runs[Math.floor(runs.length / 2)]!),
      maxMs: round(runs.at(-1)!),
      cpuMsPerText: round(cpuPerText),
    };
  }
  return timings;
}

function printLanguages(title: string, byLanguage: Record<string, LanguageScores>): void {
  console.log(`${title}: language  cases fraud  precision recall`);
  for (const [language, scores] of Object.entries(byLanguage)) {
    console.log(
      `  ${language.padEnd(8)} ${String(scores.cases).padStart(5)} ${String(scores.fraudulent).padStart(5)}  ${fixed(scores.precision)}     ${fixed(scores.recall)}  (fp ${scores.falsePositives}, fn ${scores.falseNegatives})`,
    );
  }
}

function main(): void {
  const loadBefore = Number(loadavg()[0]!.toFixed(2));
  const frozenCases = EVALUATION_SET.filter((testCase) => testCase.split === 'frozen');
  const developmentCases = EVALUATION_SET.filter((testCase) => testCase.split !== 'frozen');
  const all = evaluateScreening(EVALUATION_SET);
  const frozen = evaluateScreening(frozenCases);
  const development = evaluateScreening(developmentCases);
  const byLanguage = scoresByLanguage(EVALUATION_SET);
  const frozenByLanguage = scoresByLanguage(frozenCases);
  const speed = throughput();
  const long = timeLongTexts();

  console.log(`Screening evaluation: ${all.cases} texts (${frozen.cases} frozen, ${development.cases} development)`);
  console.log('                         precision recall F1');
  console.log(row('all, vacancy flagged', all.vacancyLevel));
  for (const [code, scores] of Object.entries(all.byCode)) console.log(row(`all, ${code}`, scores));
  console.log(row('all, codes pooled', all.codeLevel));
  console.log(row('frozen, vacancy flagged', frozen.vacancyLevel));
  for (const [code, scores] of Object.entries(frozen.byCode)) console.log(row(`frozen, ${code}`, scores));
  console.log(row('development, vacancy', development.vacancyLevel));
  printLanguages('All texts', byLanguage);
  printLanguages('Frozen texts', frozenByLanguage);
  for (const mistake of all.mistakes) {
    console.log(`  mistake ${mistake.id}: expected [${mistake.expected.join()}] got [${mistake.actual.join()}]`);
  }
  console.log(
    `Throughput: ${speed.textsPerSecond} vacancies/s on one core, ${speed.textsPerCpuSecond} per CPU second (${speed.texts} in ${speed.seconds} s)`,
  );
  for (const [name, timing] of Object.entries(long)) {
    console.log(
      `  ${LONG_TEXT_LENGTH} characters, ${name.padEnd(38)} median ${timing.medianMs} ms, max ${timing.maxMs} ms, CPU ${timing.cpuMsPerText} ms`,
    );
  }
  const loadAfter = Number(loadavg()[0]!.toFixed(2));
  console.log(`Load average (1 min) before/after: ${loadBefore} / ${loadAfter} on ${cpus().length} cores`);

  const result = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      loadAverage1m: { before: loadBefore, after: loadAfter },
    },
    cases: { all: all.cases, frozen: frozen.cases, development: development.cases },
    all,
    frozen,
    development: { vacancyLevel: development.vacancyLevel, codeLevel: development.codeLevel },
    byLanguage,
    frozenByLanguage,
    throughput: speed,
    longTexts: { characters: LONG_TEXT_LENGTH, runs: LONG_TEXT_RUNS, timings: long },
  };
  writeResult('screening', result);
}

main();
