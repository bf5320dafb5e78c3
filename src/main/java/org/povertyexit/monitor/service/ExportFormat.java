package org.povertyexit.monitor.service;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The forms a list is exported in: its rows as JSON, or a file an office files (CSV, XLSX). */
public enum ExportFormat {
    JSON, CSV, XLSX;

    /** The format asked for by name (json, csv, xlsx; any case); another is 400. */
    public static ExportFormat of(String name) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be json, csv or xlsx");
    }

    /** Whether this is a file (which names people, masked, for the office that visits them). */
    public boolean file() {
        return this != JSON;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
