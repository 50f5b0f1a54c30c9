package org.epizero.selfplay.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.epizero.engine.nn.Checkpoint;

/**
 * The trained models that ship with the project, one run directory per model under
 * {@code models/<name>/} (its config, metrics and checkpoints), found by the game their latest
 * checkpoint plays, so that {@code play GAME} needs no training first.
 */
public final class ShippedModels {

    /** The system property through which the launcher names the project directory that holds {@code models/}. */
    public static final String HOME_PROPERTY = "epizero.home";

    /**
     * A shipped model.
     *
     * @param name       its directory's name, e.g. {@code othello6}
     * @param checkpoint its latest checkpoint
     * @param game       the spec of the game it plays, as its checkpoint records it
     */
    public record Model(String name, Path checkpoint, String game) {
    }

    private ShippedModels() {
    }

    /** {@code models/} under the project directory the launcher names, else under the working directory. */
    public static Path directory() {
        String home = System.getProperty(HOME_PROPERTY);
        return (home == null || home.isBlank() ? Path.of("") : Path.of(home)).resolve("models");
    }

    /** Every shipped model, by name; none when there is no {@code models/} directory. */
    public static List<Model> all() throws IOException {
        Path dir = directory();
        List<Model> models = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return models;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path model : entries.filter(Files::isDirectory).sorted().toList()) {
                Path checkpoint = RunDirectory.resolveCheckpoint(model);
                models.add(new Model(model.getFileName().toString(), checkpoint, Checkpoint.readDescriptor(checkpoint).game()));
            }
        }
        return models;
    }

    /** The shipped model for exactly the game {@code resolvedSpec} (a spec with every parameter filled in). */
    public static Optional<Model> of(String resolvedSpec) throws IOException {
        return all().stream().filter(m -> m.game().equals(resolvedSpec)).findFirst();
    }
}
