package org.povertyexit.monitor.service.web.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/** The sample dataset (data/ningxia-2019) as the drill-down tests upload and read it, and JSON at hand. */
final class Sample {

    private static final Path PATH = Path.of("data/ningxia-2019/dataset.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode facts;

    private Sample() {
    }

    static byte[] bytes() {
        try {
            return Files.readAllBytes(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample's facts, read once: the members whose names and ID numbers no page may hold whole. */
    static synchronized JsonNode facts() {
        if (facts == null) {
            try {
                facts = JSON.readTree(bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return facts;
    }

    static List<JsonNode> members(String householdId) {
        return all(first(facts().get("households"), h -> h.get("id").asText().equals(householdId))
                .get("members"), member -> true);
    }

    /**
     * The sample with {@code extra} villages more in the county, without households: 试验1村, 试验2村, …,
     * every fourth not a poverty village and every third without a hardened road (not ready).
     */
    static byte[] withExtraVillages(String county, int extra) {
        try {
            ObjectNode sample = (ObjectNode) JSON.readTree(bytes());
            ArrayNode villages = (ArrayNode) sample.get("villages");
            JsonNode model = first(villages, v -> v.get("countyCode").asText().equals(county));
            for (int i = 1; i <= extra; i++) {
                ObjectNode village = model.deepCopy();
                village.put("code", county + String.format("8%05d", i));
                village.put("name", "试验" + i + "村");
                village.put("povertyVillage", i % 4 != 0);
                village.put("hardenedRoad", i % 3 != 0);
                villages.add(village);
            }
            return JSON.writeValueAsBytes(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode first(JsonNode array, Predicate<JsonNode> which) {
        return StreamSupport.stream(array.spliterator(), false).filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("none such in " + array));
    }

    static List<JsonNode> all(JsonNode array, Predicate<JsonNode> which) {
        return StreamSupport.stream(array.spliterator(), false).filter(which).toList();
    }

    /** The texts of an array of codes. */
    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(code -> texts.add(code.asText()));
        return texts;
    }
}
