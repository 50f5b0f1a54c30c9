package org.epizero.selfplay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.epizero.engine.game.GameFactory;
import org.epizero.engine.game.GameRegistry;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/config.md} true: every key of the run config's records (found by reflection,
 * recursively) has exactly one row there and every row names a key; a row's type matches the
 * record component, its default is the value in {@code configs/default.json}, and its per-game
 * column lists exactly the values the shipped game files set.
 */
class ConfigReferenceTest {

    private static final Path PAGE = Path.of("..", "docs", "config.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One documented key: the table row's cells. */
    private record Row(String key, String type, String defaultValue, String perGame) {
    }

    @Test
    void theReferencePageListsExactlyTheKeysOfTheRecords() throws IOException {
        Map<String, Class<?>> keys = new LinkedHashMap<>();
        collect(RunConfig.class, "", keys);
        Map<String, Row> rows = rows();
        TreeSet<String> undocumented = new TreeSet<>(keys.keySet());
        undocumented.removeAll(rows.keySet());
        TreeSet<String> unknown = new TreeSet<>(rows.keySet());
        unknown.removeAll(keys.keySet());
        assertTrue(undocumented.isEmpty(), "keys missing from docs/config.md: " + undocumented);
        assertTrue(unknown.isEmpty(), "docs/config.md documents keys the config does not have: " + unknown);
        keys.forEach((key, type) -> assertEquals(typeName(type), rows.get(key).type(), "type of " + key));
    }

    @Test
    void documentedDefaultsAndPerGameValuesAreTheShippedOnes() throws IOException {
        ConfigTree defaults = ConfigTree.fromResource(RunConfig.DEFAULTS);
        Map<String, ConfigTree> games = new LinkedHashMap<>();
        for (String game : shippedGames()) {
            games.put(game, ConfigTree.fromResource("configs/" + game + ".json"));
        }
        for (Row row : rows().values()) {
            JsonNode shipped = defaults.get(row.key());
            assertNotNull(shipped, "default.json lacks " + row.key());
            assertTrue(sameValue(parse(row.defaultValue()), shipped),
                    "default of " + row.key() + ": docs/config.md says " + row.defaultValue() + ", default.json has " + shipped);
            Map<String, String> documented = perGame(row);
            for (Map.Entry<String, ConfigTree> game : games.entrySet()) {
                JsonNode own = game.getValue().get(row.key());
                String doc = documented.remove(game.getKey());
                if (own == null) {
                    assertEquals(null, doc, row.key() + ": docs/config.md gives a value for " + game.getKey() + ", whose file sets none");
                } else {
                    assertNotNull(doc, row.key() + ": docs/config.md lacks the value " + own + " that " + game.getKey() + ".json sets");
                    assertTrue(sameValue(parse(doc), own), row.key() + " for " + game.getKey() + ": docs say " + doc + ", file has " + own);
                }
            }
            assertTrue(documented.isEmpty(), row.key() + ": per-game values for games that ship no config: " + documented.keySet());
        }
    }

    /** The registered games that ship a config file of their own. */
    static List<String> shippedGames() {
        return GameRegistry.load().factories().stream().map(GameFactory::name)
                .filter(name -> ConfigReferenceTest.class.getClassLoader().getResource("configs/" + name + ".json") != null)
                .toList();
    }

    @Test
    void everyShippedGameFileIsFound() {
        // Guards the discovery above: were it to find nothing, the per-game checks would pass vacuously.
        assertTrue(shippedGames().containsAll(List.of("tictactoe", "connect4", "go", "othello")), shippedGames().toString());
    }

    /** Whether two JSON values are equal, numbers by value ({@code 1.0E-4} is {@code 0.0001}). */
    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static void collect(Class<?> record, String prefix, Map<String, Class<?>> keys) {
        for (RecordComponent c : record.getRecordComponents()) {
            String key = prefix + c.getName();
            if (c.getType().isRecord()) {
                collect(c.getType(), key + ".", keys);
            } else {
                keys.put(key, c.getType());
            }
        }
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            return "enum";
        }
        if (type == String.class) {
            return "string";
        }
        if (type == Float.class) {
            return "float or null";
        }
        assertTrue(type.isPrimitive(), "no documented type name for " + type);
        return type.getName();
    }

    /** The key rows of the page's tables: {@code | `key` | type | default | per game | range | meaning |}. */
    private static Map<String, Row> rows() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PAGE)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            assertEquals(6, cells.size(), "a key row has 6 cells: " + line);
            String key = unquote(cells.get(0));
            if (rows.put(key, new Row(key, cells.get(1), unquote(cells.get(2)), cells.get(3))) != null) {
                fail("docs/config.md documents " + key + " twice");
            }
        }
        return rows;
    }

    /** The per-game cell, {@code `game`: `value`; ...} or a dash for none. */
    private static Map<String, String> perGame(Row row) {
        Map<String, String> values = new LinkedHashMap<>();
        if (row.perGame().equals("—")) {
            return values;
        }
        for (String entry : row.perGame().split(";")) {
            String[] parts = entry.split(":", 2);
            assertEquals(2, parts.length, row.key() + ": per-game entries look like `game`: `value`, got " + entry);
            values.put(unquote(parts[0].strip()), unquote(parts[1].strip()));
        }
        return values;
    }

    private static String unquote(String cell) {
        return cell.startsWith("`") && cell.endsWith("`") && cell.length() >= 2 ? cell.substring(1, cell.length() - 1) : cell;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
