package org.epizero.selfplay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.records.GameRecord;
import org.epizero.engine.records.GameRecordReader;
import org.epizero.engine.records.RecordReplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Game records as plain move strings, one game per line: connect four's usual notation ("4453"). */
@Command(name = "export-moves",
        description = {"Print the games of record files (.jsonl or .jsonl.gz) as move strings, one game per line."
            + " One-character moves are joined without spaces (e.g. 4453..., as 'solve' reads them),"
            + " longer ones with spaces (e.g. D4 C3 pass ...). Damaged lines and records that do not replay through the rules are skipped and counted on stderr."})
final class ExportMovesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "record files")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GameRegistry registry = GameRegistry.load();
        Map<String, Game> games = new HashMap<>();
        for (Path file : files) {
            GameRecordReader.Summary summary = GameRecordReader.read(file, r -> {
                RecordReplay.replay(games.computeIfAbsent(r.game(), registry::create), r, (before, action) -> { });
                out.println(moveString(r));
            }, err::println);
            if (summary.skippedLines() > 0 || summary.truncated()) {
                err.printf("%s: %d damaged line(s) or record(s) skipped%s%n", file, summary.skippedLines(), summary.truncated() ? ", file cut short" : "");
            }
        }
        out.flush();
        err.flush();
        return 0;
    }

    /** The record's moves, joined without separators when every move is one character. */
    static String moveString(GameRecord record) {
        boolean compact = record.moves().stream().allMatch(m -> m.length() == 1);
        return String.join(compact ? "" : " ", record.moves());
    }
}
