package org.epizero.selfplay.cli;

import picocli.CommandLine.Command;

/** Benchmarks whose figures go into BENCHMARKS.md. */
@Command(name = "bench", description = "Benchmarks (figures recorded in BENCHMARKS.md).",
        subcommands = {BenchGamesCommand.class, BenchSearchCommand.class, BenchSelfPlayCommand.class, BenchDeclaredCommand.class,
            BenchObserversCommand.class})
final class BenchCommand {
}
