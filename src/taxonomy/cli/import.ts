import { SingleBar, Presets } from 'cli-progress';
import { runCli } from 'src/cli/cli-context';
import { TaxonomyImportService, ImportProgress, ImportReport } from 'src/taxonomy/import/taxonomy-import.service';
import { parseEscoWithLanguages } from 'src/taxonomy/import/esco-languages';
import { readEscoSource } from 'src/taxonomy/import/esco-source';
import { TaxonomyModule } from 'src/taxonomy/taxonomy.module';

const USAGE = `Usage: npm run taxonomy:import -- PATH [PATH...] [--force]
  PATH  a folder of ESCO CSV files, the official zip(s), or single CSV files; occupations_<lang>.csv
        and skills_<lang>.csv among them add labels in that language`;

/** A progress bar on a terminal; one plain line per phase step otherwise (logs, CI). */
function progressReporter(): { update: (p: ImportProgress) => void; stop: () => void } {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: '{phase} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true },
      Presets.shades_classic,
    );
    let phase = '';
    return {
      update: (p) => {
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(p.total, p.done, { phase: p.phase.padEnd(12) });
        } else bar.update(p.done);
      },
      stop: () => bar.stop(),
    };
  }
  let last = '';
  return {
    update: (p) => {
      const line = `${p.phase}: ${p.done}/${p.total}`;
      if ((p.done === p.total || p.done === 0) && line !== last) process.stderr.write(`${line}\n`);
      last = line;
    },
    stop: () => undefined,
  };
}

function summary(report: ImportReport): string {
  const c = report.counts;
  const lines = [
    report.changed
      ? `Imported ESCO ${report.version} in ${(report.durationMs / 1000).toFixed(1)} s.`
      : `ESCO ${report.version} is already imported: nothing changed.`,
    `Now: ${c.iscoGroups} ISCO groups, ${c.occupations} occupations, ${c.skills} skills, ${c.relations} relations.`,
  ];
  if (report.changed) {
    for (const [table, ch] of Object.entries(report.changes)) {
      lines.push(
        `  ${table}: +${ch.inserted} ~${ch.updated} -${ch.deleted}${ch.kept ? ` (kept ${ch.kept} still referenced)` : ''}`,
      );
    }
  }
  const languages = Object.entries(report.languages);
  if (languages.length > 0) {
    lines.push('Labels per language (occupations, skills; skipped rows):');
    for (const [language, l] of languages) {
      const changed = Object.entries(l.changes ?? {})
        .map(([kind, ch]) => `${kind}s +${ch.inserted} ~${ch.updated} -${ch.deleted}`)
        .join(', ');
      lines.push(
        `  ${language}: ${l.occupations}, ${l.skills}${l.skipped ? `; skipped ${l.skipped}` : ''}${changed ? ` (${changed})` : ''}`,
      );
    }
  }
  const dropped = report.skipped.filter((s) => !s.kept);
  const kept = report.skipped.filter((s) => s.kept);
  if (report.skipped.length > 0) {
    lines.push(`Skipped ${dropped.length} source row(s); kept ${kept.length} with a gap:`);
    const byReason = new Map<string, number>();
    for (const s of report.skipped) {
      const key = `${s.file}: ${s.reason.replace(/http\S+/g, '<uri>')}`;
      byReason.set(key, (byReason.get(key) ?? 0) + 1);
    }
    for (const [reason, n] of byReason) lines.push(`  ${n} x ${reason}`);
  }
  return lines.join('\n');
}

void runCli([TaxonomyModule], async (context) => {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const started = performance.now();
  const source = readEscoSource(paths);
  const { data, skipped } = parseEscoWithLanguages(source);
  console.error(`Read ${source.description} in ${Math.round(performance.now() - started)} ms`);
  const progress = progressReporter();
  try {
    const report = await context.get(TaxonomyImportService).importData(data, {
      version: source.version,
      checksum: source.checksum,
      source: source.description,
      skipped,
      force,
      onProgress: progress.update,
    });
    progress.stop();
    console.log(summary(report));
  } finally {
    progress.stop();
  }
});
