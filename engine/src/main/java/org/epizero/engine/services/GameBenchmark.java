package org.epizero.engine.services;

import java.io.PrintWriter;

/** A speed measurement that only this game has, such as its solver's positions per second; {@code epizero bench declared} runs it. */
public interface GameBenchmark {

    /** A short name, e.g. {@code solver}. */
    String name();

    /** One line describing what is measured, for help texts. */
    String description();

    /** Measures, printing a table to {@code out} row by row as the rows complete. */
    void run(PrintWriter out);
}
