package org.epizero.analysis.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.epizero.analysis.estimate.EstimateResult;
import org.epizero.engine.io.AtomicFiles;

/**
 * Writes a study's measurements as {@code results.json} (everything, loss curves included) and
 * {@code results.csv} (one row per corpus x observer x seed x estimator, the columns of
 * {@link #COLUMNS}). Both files are written under a temporary name and renamed.
 */
public final class ResultsTable {

    /**
     * The CSV header. S and H are bits, totals over X and per game (sequence) of X;
     * {@code heldout_bits_per_game} is the final model's code length of a held-out game and
     * {@code generator_bits_per_game} the exact code length of the same games under their generator
     * (empty when unknown), {@code generator_gap} the relative excess of the first over the second;
     * {@code last_iterate_loss_bits_per_token} is the held-out loss of the raw last parameters
     * beside the averaged model's; layout, averaging share, learning rate and batch say how the
     * observer was trained; the requential estimator's student steps and the teacher steps that
     * reached the student's safety limit close the row (0 for prequential rows).
     */
    public static final List<String> COLUMNS = List.of("corpus", "game", "step", "protocol", "tokeniser",
            "skipped_records", "observer", "context", "estimator", "seed", "S_bits", "H_bits", "S_bits_per_game",
            "H_bits_per_game", "heldout_loss_bits_per_token", "heldout_bits_per_game", "generator_bits_per_game",
            "generator_gap", "last_iterate_loss_bits_per_token", "N_parameters", "D_training_tokens",
            "D_X_dataset_tokens", "scored_tokens", "games", "T_flops", "layout", "row_fill", "average_fraction",
            "learning_rate", "batch_tokens", "student_steps", "student_limit_hits", "seconds");

    private ResultsTable() {}

    /**
     * Writes {@code results.json}, {@code results.csv}, {@link BestObserverTable}'s {@code
     * best-observer.csv} and {@link SummaryTable}'s {@code summary.csv} and {@code summary.md} into
     * {@code dir}.
     */
    public static void write(List<Measured> rows, Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicFiles.writeString(dir.resolve("results.json"), json.writeValueAsString(rows));
        AtomicFiles.writeString(dir.resolve("results.csv"), csv(rows));
        BestObserverTable.write(rows, dir);
        SummaryTable.write(rows, dir);
    }

    /** The CSV text. */
    public static String csv(List<Measured> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Measured m : rows) {
            CorpusInfo c = m.corpus();
            EstimateResult r = m.result();
            sb.append(String.join(",", quote(c.label()), quote(c.game() == null ? "" : c.game()), Long.toString(c.step()),
                    quote(c.protocol()), c.tokeniser(), Long.toString(c.skippedRecords()), r.observer().name(),
                    Integer.toString(r.observer().contextLength()), r.estimator().name().toLowerCase(Locale.ROOT),
                    Long.toString(r.seed()), num(r.structureBits()), num(r.entropyBits()),
                    num(r.structureBitsPerSequence()), num(r.entropyBitsPerSequence()), num(r.heldOutLossBits()),
                    num(r.heldOutBitsPerSequence()), optional(r.generatorBitsPerSequence()), optional(r.generatorGap()),
                    num(r.lastIterateLossBits()),
                    Long.toString(r.parameters()), Long.toString(r.trainingTokens()), Long.toString(r.datasetTokens()),
                    Long.toString(r.datasetScoredTokens()), Integer.toString(r.datasetSequences()), num(r.flops()),
                    r.layout(), num(r.rowFill()), num(r.config().training().averageFraction()),
                    num(r.config().training().learningRate()), Integer.toString(r.config().batchTokens()),
                    Long.toString(r.studentSteps()), Long.toString(r.studentLimitHits()),
                    String.format(Locale.ROOT, "%.1f", m.seconds())));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String optional(double v) {
        return Double.isNaN(v) ? "" : num(v);
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** RFC 4180 quoting for fields that hold commas or quotes (game specs and protocols do). */
    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
