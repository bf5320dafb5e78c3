package org.povertyexit.monitor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.remediation.RemediationItem;

/**
 * Writes a report whose household and remediation lists arrive one item at a time (read back from disk
 * for a large input), so that the report never exists whole in memory. Items arrive as their compact
 * JSON: a compact report copies them as they are; an indented one reads each back and writes it with
 * indentation, so its bytes are those of {@link ReportJson#MAPPER} writing a {@link Report}.
 *
 * <p>The run's block comes first but is known last (it holds the input's hash, a pass over all the
 * input): everything after it is written first ({@link #writeRest}), and then {@link #write} puts the run's
 * block before it.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes the report without its run block, as an object of its own: {@link #write} takes it from
     * there. Written by the same mapper at the same depth, its fields are indented as in the whole report.
     */
    public static void writeRest(Writer out, boolean pretty, Map<String, Map<ExitStatus, Integer>> summary,
                                 Iterator<byte[]> households, List<VillageResult> villages,
                                 List<CountyResult> counties, Iterator<byte[]> remediation) throws IOException {
        ObjectWriter items = items(pretty);
        JsonGenerator json = items.createGenerator(out);
        json.writeStartObject();
        json.writeFieldName("summary");
        items.writeValue(json, summary);
        array(json, items, "households", households, HouseholdResult.class, pretty);
        json.writeArrayFieldStart("villages");
        for (VillageResult village : villages) {
            items.writeValue(json, village);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("counties");
        for (CountyResult county : counties) {
            items.writeValue(json, county);
        }
        json.writeEndArray();
        array(json, items, "remediation", remediation, RemediationItem.class, pretty);
        json.writeEndObject();
        json.flush();
    }

    /** The whole report, its lists given in order. */
    public static void write(Writer out, boolean pretty, RunInfo run, Map<String, Map<ExitStatus, Integer>> summary,
                             Iterator<byte[]> households, List<VillageResult> villages,
                             List<CountyResult> counties, Iterator<byte[]> remediation) throws IOException {
        writeRun(out, pretty, run);
        writeRest(new AfterRun(out), pretty, summary, households, villages, counties, remediation);
        out.flush();
    }

    /** The whole report: the run's block, then the {@code rest} that {@link #writeRest} wrote (as pretty). */
    public static void write(Writer out, boolean pretty, RunInfo run, Reader rest) throws IOException {
        writeRun(out, pretty, run);
        rest.transferTo(new AfterRun(out));
        out.flush();
    }

    /** The report's opening and its run block, left open for the rest. */
    private static void writeRun(Writer out, boolean pretty, RunInfo run) throws IOException {
        ObjectWriter items = items(pretty);
        // not closed: the caller owns the writer (stdout stays open), and the object goes on after the block
        JsonGenerator json = items.createGenerator(out);
        json.writeStartObject();
        json.writeFieldName("run");
        items.writeValue(json, run);
        json.flush();
    }

    /** Where the rest goes after the run's block: its own opening brace becomes the comma after the block. */
    private static final class AfterRun extends FilterWriter {

        private boolean opened;

        AfterRun(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void write(char[] text, int from, int length) throws IOException {
            if (length > 0 && !opened) {
                if (text[from] != '{') {
                    throw new IllegalArgumentException("the rest of a report is a JSON object");
                }
                opened = true;
                out.write(',');
                out.write(text, from + 1, length - 1);
            } else {
                out.write(text, from, length);
            }
        }

        @Override
        public void write(String text, int from, int length) throws IOException {
            if (opened) {
                out.write(text, from, length);
            } else {
                write(text.substring(from, from + length).toCharArray(), 0, length);
            }
        }

        @Override
        public void close() throws IOException {
            flush(); // the report's writer belongs to the caller
        }
    }

    private static ObjectWriter items(boolean pretty) {
        // not flushed after every item (the mapper's default): a million households would be a million writes
        return ReportJson.writer(pretty).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    private static void array(JsonGenerator json, ObjectWriter items, String name, Iterator<byte[]> compact,
                              Class<?> type, boolean pretty) throws IOException {
        json.writeArrayFieldStart(name);
        while (compact.hasNext()) {
            byte[] item = compact.next();
            if (pretty) {
                items.writeValue(json, ReportJson.MAPPER.readValue(item, type));
            } else {
                json.writeRawValue(new String(item, StandardCharsets.UTF_8));
            }
        }
        json.writeEndArray();
    }
}
