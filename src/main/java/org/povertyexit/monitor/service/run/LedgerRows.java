package org.povertyexit.monitor.service.run;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.evaluation.Severity;
import org.povertyexit.monitor.ledger.LedgerItem;
import org.povertyexit.monitor.remediation.Department;

/**
 * A county's remediation items in one run as the ledger reads them ({@code run_county.ledger_gz}): the
 * run's assessment date, then each item as a short array, gzipped. Kept when the run is stored, so that
 * a ledger over a dozen runs of a large county reads a few hundred kilobytes per run, not its report.
 */
public record LedgerRows(LocalDate assessmentDate, List<LedgerItem> items) {

    public static byte[] compressed(LocalDate assessmentDate, List<LedgerItem> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + items.size() * 24);
        try (JsonGenerator json = StoredJson.MAPPER.getFactory().createGenerator(Gzip.output(out))) {
            json.writeStartObject();
            json.writeStringField("assessmentDate", assessmentDate.toString());
            json.writeArrayFieldStart("items");
            for (LedgerItem item : items) {
                json.writeStartArray();
                json.writeString(item.level().name());
                json.writeString(item.entityId());
                json.writeString(item.criterion());
                json.writeString(item.severity().name());
                json.writeString(item.department().name());
                if (item.gap() == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(item.gap());
                }
                json.writeString(item.unit());
                json.writeString(item.villageCode());
                json.writeString(item.head());
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The assessment date alone, read from the head of the rows. */
    public static LocalDate assessmentDate(byte[] gz) {
        try (JsonParser json = StoredJson.MAPPER.getFactory().createParser(Gzip.open(gz))) {
            expect(json, JsonToken.START_OBJECT);
            expect(json, JsonToken.FIELD_NAME);
            return LocalDate.parse(json.nextTextValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LedgerRows read(byte[] gz) {
        try (JsonParser json = StoredJson.MAPPER.getFactory().createParser(Gzip.open(gz))) {
            expect(json, JsonToken.START_OBJECT);
            expect(json, JsonToken.FIELD_NAME);
            LocalDate date = LocalDate.parse(json.nextTextValue());
            expect(json, JsonToken.FIELD_NAME);
            expect(json, JsonToken.START_ARRAY);
            List<LedgerItem> items = new ArrayList<>();
            // criteria, units, villages and masked heads repeat from item to item: one copy of each is kept
            Map<String, String> repeated = new HashMap<>();
            while (json.nextToken() == JsonToken.START_ARRAY) {
                Level level = Level.valueOf(json.nextTextValue());
                String entity = json.nextTextValue();
                String criterion = once(repeated, json.nextTextValue());
                Severity severity = Severity.valueOf(json.nextTextValue());
                Department department = Department.valueOf(json.nextTextValue());
                BigDecimal gap = json.nextToken() == JsonToken.VALUE_NULL ? null : json.getDecimalValue();
                items.add(new LedgerItem(level, entity, criterion, severity, department, gap,
                        once(repeated, json.nextTextValue()), once(repeated, json.nextTextValue()),
                        once(repeated, json.nextTextValue())));
                expect(json, JsonToken.END_ARRAY);
            }
            return new LedgerRows(date, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String once(Map<String, String> repeated, String text) {
        return text == null ? null : repeated.computeIfAbsent(text, t -> t);
    }

    private static void expect(JsonParser json, JsonToken token) throws IOException {
        if (json.nextToken() != token) {
            throw new IOException("stored ledger rows: expected " + token + " at " + json.currentLocation());
        }
    }
}
