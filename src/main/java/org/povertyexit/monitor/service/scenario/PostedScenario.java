package org.povertyexit.monitor.service.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.scenario.InvalidScenarioException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A scenario request body read as the text that will be stored: at most {@code maxBytes} (read no
 * further, so a huge body costs nothing) and UTF-8, checked strictly, so the stored text is exactly
 * what was posted.
 */
final class PostedScenario {

    /** How posted scenarios are named in located errors. */
    static final String SOURCE = "scenario";

    private PostedScenario() {
    }

    static String read(InputStream body, long maxBytes) throws IOException, InvalidScenarioException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "a scenario is at most " + maxBytes
                    + " bytes; nothing was stored");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidScenarioException(List.of(InputError.error(SOURCE, null, null, null,
                    "not UTF-8 text")));
        }
    }
}
