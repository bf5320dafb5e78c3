package org.povertyexit.monitor.dataset;

/** Which names an exported CSV folder or workbook gives its columns (and sheets): English or Chinese. */
public enum HeaderLanguage {
    EN, ZH;

    String header(FieldSpec field) {
        return this == EN ? field.name() : field.label();
    }

    String sheet(EntitySchema schema) {
        return this == EN ? schema.name() : schema.label();
    }
}
