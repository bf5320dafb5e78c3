package org.povertyexit.monitor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.remediation.RemediationItem;

/**
 * Writes a report whose household and remediation lists arrive one item at a time (read back from disk
 * for a large input), so that the report never exists whole in memory. The bytes are those of
 * {@link ReportJson#MAPPER} writing a {@link Report}: same fields, order and indentation.
 */
public final class ReportWriter {

    /** Not flushed after every item (the mapper's default): a million households would be a million writes. */
    private static final ObjectWriter ITEMS = ReportJson.MAPPER.writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private ReportWriter() {
    }

    public static void write(Writer out, RunInfo run, Map<String, Map<ExitStatus, Integer>> summary,
                             Iterator<HouseholdResult> households, List<VillageResult> villages,
                             List<CountyResult> counties, Iterator<RemediationItem> remediation) throws IOException {
        // not closed: the caller owns the writer (stdout stays open)
        JsonGenerator json = ReportJson.MAPPER.createGenerator(out);
        json.writeStartObject();
        json.writeFieldName("run");
        ReportJson.MAPPER.writeValue(json, run);
        json.writeFieldName("summary");
        ReportJson.MAPPER.writeValue(json, summary);
        array(json, "households", households);
        array(json, "villages", villages.iterator());
        array(json, "counties", counties.iterator());
        array(json, "remediation", remediation);
        json.writeEndObject();
        json.flush();
    }

    private static void array(JsonGenerator json, String name, Iterator<?> items) throws IOException {
        json.writeArrayFieldStart(name);
        while (items.hasNext()) {
            ITEMS.writeValue(json, items.next());
        }
        json.writeEndArray();
    }
}
