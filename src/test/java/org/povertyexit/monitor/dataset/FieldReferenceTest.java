package org.povertyexit.monitor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/data-format.md shows the fields the program reads: every table, as the schema writes it. */
class FieldReferenceTest {

    @Test
    void theInputDocumentHoldsEveryFieldTableOfTheSchema() throws IOException {
        String document = Files.readString(Path.of("docs/data-format.md"));

        for (EntitySchema schema : DatasetSchema.ALL) {
            assertThat(document).as(schema.name())
                    .contains("### " + schema.name() + " (" + schema.label() + ")\n\n" + FieldReference.table(schema));
        }
    }

    @Test
    void aTableShowsTheChineseHeaderTheRangeTheCodesAndTheDefault() {
        String households = FieldReference.table(DatasetSchema.HOUSEHOLDS);

        assertThat(households).contains("| waterOutageDays | 年缺水天数 | integer 0..366 | yes |")
                .contains("| housingGrade | 住房安全等级 | A ")
                .contains("NOT_REGISTERED 非建档立卡")
                .contains("| relocated | 易地搬迁 | boolean | no (false) |");
    }
}
