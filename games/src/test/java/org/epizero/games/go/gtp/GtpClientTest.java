package org.epizero.games.go.gtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class GtpClientTest {

    /** A scripted engine: answers with ids, multi-line text, CRLF line ends and failures. */
    private static final String FAKE_ENGINE = """
            while IFS= read -r line; do
              case "$line" in
                name) printf '= Fake Engine\\n\\n' ;;
                list_stones*) printf '=7 A1 B2\\r\\nC3\\r\\n\\r\\n' ;;
                clear_board) printf '=\\n\\n' ;;
                quit) printf '=\\n\\n'; exit 0 ;;
                crash) exit 3 ;;
                *) printf '? unknown command\\n\\n' ;;
              esac
            done
            """;

    private static GtpClient fake() throws IOException {
        return GtpClient.start(List.of("sh", "-c", FAKE_ENGINE));
    }

    @Test
    void readsSuccessResponses() throws IOException {
        try (GtpClient gtp = fake()) {
            assertEquals("Fake Engine", gtp.send("name"));
            assertEquals("A1 B2\nC3", gtp.send("list_stones black"), "id dropped, lines joined, CR removed");
            assertEquals("", gtp.send("clear_board"));
            assertEquals("Fake Engine", gtp.send("name"), "the conversation stays in step");
        }
    }

    @Test
    void failureResponsesThrowAndTheConversationGoesOn() throws IOException {
        try (GtpClient gtp = fake()) {
            GtpException e = assertThrows(GtpException.class, () -> gtp.send("genmove purple"));
            assertEquals("unknown command", e.reply());
            assertEquals("genmove purple", e.command());
            assertEquals("Fake Engine", gtp.send("name"));
            assertThrows(IllegalArgumentException.class, () -> gtp.send("name\nquit"));
        }
    }

    @Test
    void aVanishedEngineIsAnIoError() throws IOException {
        try (GtpClient gtp = fake()) {
            assertThrows(UncheckedIOException.class, () -> gtp.send("crash"));
        }
    }
}
