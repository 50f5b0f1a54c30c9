package org.epizero.selfplay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.game.InvalidGameSpecException;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.engine.services.GameServices;
import org.epizero.engine.services.RecordExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts game records (JSON lines, optionally gzip) of a game that exports to SGF into one SGF file per game. */
@Command(name = "export-sgf",
        description = {"Write the games of record files (.jsonl or .jsonl.gz, e.g. a run's games/gen-N.jsonl.gz) as SGF files,"
            + " for games that export to SGF ('epizero games' lists them). Each game becomes OUT/<file name>-<index>.sgf."})
final class ExportSgfCommand implements Callable<Integer> {

    /** The extension under which a game declares its SGF exporter. */
    private static final String FORMAT = "sgf";

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
        Map<String, Optional<RecordExporter>> exporters = new HashMap<>();
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("\\.jsonl(\\.gz)?$", "").replaceFirst("\\.gz$", "");
            long[] written = {0};
            GameRecordReader.Summary summary = GameRecordReader.read(file, record -> {
                // A file of a game without SGF is the wrong input as a whole, not one bad record.
                RecordExporter exporter = exporters.computeIfAbsent(record.game(), ExportSgfCommand::exporterOf)
                        .orElseThrow(() -> new IllegalStateException(file + ": " + record.game() + " offers no SGF export (games that do: "
                                + String.join(", ", DeclaredServices.gamesWith(s -> sgf(s).isPresent())) + ")"));
                String sgf = exporter.write(record); // refuses a record that does not replay: skipped and counted
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

    /** The SGF exporter of the game {@code spec} names, if it has one (an unknown game has none). */
    private static Optional<RecordExporter> exporterOf(String spec) {
        try {
            return sgf(GameRegistry.load().create(spec).services());
        } catch (InvalidGameSpecException e) {
            return Optional.empty();
        }
    }

    private static Optional<RecordExporter> sgf(GameServices services) {
        return services.recordExporters().stream().filter(e -> e.extension().equals(FORMAT)).findFirst();
    }
}
