package org.epizero.selfplay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.games.go.sgf.SgfWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts Go game records (JSON lines, optionally gzip) into one SGF file per game. */
@Command(name = "export-sgf",
        description = {"Write the Go games of record files (.jsonl or .jsonl.gz, e.g. a run's games/gen-N.jsonl.gz) as SGF files."
            + " Each game becomes OUT/<file name>-<index>.sgf."})
final class ExportSgfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "record files")
    List<Path> files;

    @Option(names = "--out", required = true, description = "folder for the SGF files (created if missing)")
    Path out;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long total = 0;
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("\\.jsonl(\\.gz)?$", "").replaceFirst("\\.gz$", "");
            long[] written = {0};
            GameRecordReader.Summary summary = GameRecordReader.read(file, record -> {
                if (!SgfWriter.exports(record.game())) {
                    // A file of another game is the wrong input as a whole, not one bad record.
                    throw new IllegalStateException(file + ": SGF export is for Go games only, not " + record.game());
                }
                String sgf = SgfWriter.write(record); // refuses a record that does not replay: skipped and counted
                try {
                    Files.writeString(out.resolve(String.format("%s-%06d.sgf", stem, record.index())), sgf, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            }, err::println);
            console.printf("%s: %d games written as SGF%s%n", file, written[0],
                    summary.skippedLines() > 0 ? " (" + summary.skippedLines() + " bad lines skipped)" : "");
            total += written[0];
        }
        console.printf("%d SGF files in %s%n", total, out);
        console.flush();
        return 0;
    }
}
