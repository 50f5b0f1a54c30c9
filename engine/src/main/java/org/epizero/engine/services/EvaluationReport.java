package org.epizero.engine.services;

import java.util.List;

/**
 * The printable outcome of a {@link PlayerEvaluation}.
 *
 * @param summary one line of figures, e.g. {@code optimal in 4500 of 4520 positions (99.56%)}
 * @param details further lines, e.g. examples of failures (may be empty)
 */
public record EvaluationReport(String summary, List<String> details) {

    public EvaluationReport {
        details = List.copyOf(details);
    }
}
