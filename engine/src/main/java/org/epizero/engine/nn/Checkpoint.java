package org.epizero.engine.nn;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.epizero.engine.game.Game;
import org.epizero.engine.game.GameRegistry;
import org.epizero.engine.io.AtomicFiles;

/**
 * A network checkpoint directory: {@value #DESCRIPTOR_FILE} (a {@link CheckpointDescriptor})
 * and {@value #PARAMETERS_FILE} (DJL's parameter encoding). A checkpoint is written into a
 * temporary sibling directory and renamed into place, so a reader (or a run resumed after a
 * crash) sees either the whole checkpoint or none. Optimizer state (Adam's moments) is not
 * stored: training resumed from a checkpoint restarts it.
 */
public final class Checkpoint {

    public static final int FORMAT_VERSION = 1;
    public static final String DESCRIPTOR_FILE = "network.json";
    public static final String PARAMETERS_FILE = "parameters.bin";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Checkpoint() {
    }

    /**
     * Writes {@code network} after {@code trainingStep} steps to {@code dir}, replacing any
     * checkpoint already there.
     */
    public static CheckpointDescriptor save(PolicyValueNetwork network, long trainingStep, Path dir) {
        return save(network, network.parameters(), trainingStep, dir);
    }

    /**
     * As {@link #save(PolicyValueNetwork, long, Path)}, with {@code parameters} already taken from
     * {@code network} by {@link PolicyValueNetwork#parameters()} (serialising them once when the
     * caller needs the bytes too).
     */
    public static CheckpointDescriptor save(PolicyValueNetwork network, byte[] parameters, long trainingStep, Path dir) {
        return save(network, parameters, trainingStep, dir, Map.of());
    }

    /**
     * As {@link #save(PolicyValueNetwork, byte[], long, Path)}, with {@code attachments} (file name to
     * UTF-8 content) written into the checkpoint directory before it lands, so that they exist
     * exactly when the checkpoint does (the training loop keeps each generation's metrics there).
     */
    public static CheckpointDescriptor save(PolicyValueNetwork network, byte[] parameters, long trainingStep, Path dir,
            Map<String, String> attachments) {
        CheckpointDescriptor descriptor = new CheckpointDescriptor(FORMAT_VERSION, network.game().spec().toString(),
                network.config(), trainingStep, network.parameterCount());
        Path target = dir.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
            try {
                Files.write(temp.resolve(PARAMETERS_FILE), parameters);
                JSON.writeValue(temp.resolve(DESCRIPTOR_FILE).toFile(), descriptor);
                for (Map.Entry<String, String> a : attachments.entrySet()) {
                    Files.writeString(temp.resolve(a.getKey()), a.getValue(), StandardCharsets.UTF_8);
                }
                replace(temp, target);
            } finally {
                AtomicFiles.deleteTree(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + dir, e);
        }
        return descriptor;
    }

    /** Reads the descriptor of the checkpoint in {@code dir}. */
    public static CheckpointDescriptor readDescriptor(Path dir) {
        try {
            CheckpointDescriptor d = JSON.readValue(dir.resolve(DESCRIPTOR_FILE).toFile(), CheckpointDescriptor.class);
            if (d.formatVersion() != FORMAT_VERSION) {
                throw new IllegalArgumentException("checkpoint " + dir + " has format " + d.formatVersion()
                        + "; this build reads format " + FORMAT_VERSION);
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint descriptor in " + dir, e);
        }
    }

    /** Rebuilds the network in {@code dir}, creating its game from the spec through {@code registry}. */
    public static PolicyValueNetwork load(Path dir, GameRegistry registry) {
        return load(dir, registry.create(readDescriptor(dir).game()));
    }

    /**
     * Rebuilds the network in {@code dir} for {@code game}.
     *
     * @throws IllegalArgumentException if the checkpoint belongs to another game spec or its
     *     parameters do not match the descriptor
     */
    public static PolicyValueNetwork load(Path dir, Game game) {
        CheckpointDescriptor d = readDescriptor(dir);
        if (!d.game().equals(game.spec().toString())) {
            throw new IllegalArgumentException("checkpoint " + dir + " is for " + d.game() + ", not " + game.spec());
        }
        byte[] parameters;
        try {
            parameters = Files.readAllBytes(dir.resolve(PARAMETERS_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint parameters in " + dir, e);
        }
        PolicyValueNetwork network = PolicyValueNetwork.create(game, d.network());
        try {
            network.loadParameters(parameters);
            if (network.parameterCount() != d.parameterCount()) {
                throw new IllegalArgumentException("checkpoint " + dir + " declares " + d.parameterCount()
                        + " parameters but holds " + network.parameterCount());
            }
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
        return network;
    }

    /**
     * Repairs what a process killed inside {@link #save} left directly in {@code dir}: a checkpoint
     * caught between the two renames of a replacement ({@code .NAME.old-*} present, {@code NAME}
     * gone) is renamed back, an old copy whose replacement landed is deleted, and temporary
     * directories ({@code .NAME.tmp-*}, complete or not) are deleted. Returns one line per repair.
     */
    public static List<String> recoverInterrupted(Path dir) throws IOException {
        List<String> repairs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return repairs;
        }
        List<Path> hidden;
        try (Stream<Path> entries = Files.list(dir)) {
            hidden = entries.filter(p -> p.getFileName().toString().startsWith(".") && Files.isDirectory(p)).sorted().toList();
        }
        for (Path p : hidden) {
            String name = p.getFileName().toString();
            int old = name.lastIndexOf(".old-");
            int tmp = name.lastIndexOf(".tmp-");
            if (old > 1) {
                Path target = dir.resolve(name.substring(1, old));
                if (Files.exists(target)) {
                    AtomicFiles.deleteTree(p);
                    repairs.add("removed " + p + ", the replaced copy of " + target);
                } else {
                    AtomicFiles.rename(p, target);
                    repairs.add("restored " + target + " from " + p + " (its replacement was cut short)");
                }
            } else if (tmp > 1) {
                AtomicFiles.deleteTree(p);
                repairs.add("removed " + p + ", a checkpoint write cut short");
            }
        }
        return repairs;
    }

    private static void replace(Path temp, Path target) throws IOException {
        if (!Files.exists(target)) {
            AtomicFiles.rename(temp, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        AtomicFiles.rename(target, old);
        AtomicFiles.rename(temp, target);
        AtomicFiles.deleteTree(old);
    }

}
