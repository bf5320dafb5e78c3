package org.povertyexit.monitor.dataset;

/**
 * Which names an exported CSV folder or workbook gives its columns (and sheets), and its coded values:
 * English (the codes), or Chinese (the labels data-format.md lists, which the readers take as well).
 */
public enum HeaderLanguage {
    EN, ZH;

    /** A value as written: in Chinese, a coded value by its label and a boolean as 是/否. */
    Object value(Object value) {
        if (this == EN) {
            return value;
        }
        if (value instanceof Labelled coded) {
            return coded.label();
        }
        if (value instanceof Boolean yes) {
            return yes ? "是" : "否";
        }
        return value;
    }

    Object[] values(Object[] values) {
        Object[] shown = values.clone();
        for (int i = 0; i < shown.length; i++) {
            shown[i] = value(shown[i]);
        }
        return shown;
    }

    String header(FieldSpec field) {
        return this == EN ? field.name() : field.label();
    }

    String sheet(EntitySchema schema) {
        return this == EN ? schema.name() : schema.label();
    }
}
