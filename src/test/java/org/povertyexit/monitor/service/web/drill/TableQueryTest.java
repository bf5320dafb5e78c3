package org.povertyexit.monitor.service.web.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.report.ExitStatus;
import org.povertyexit.monitor.service.web.RowPage;
import org.springframework.web.server.ResponseStatusException;

/** A table's state as its address says it, and the links that change one thing of it. */
class TableQueryTest {

    private static final List<String> SORTS = List.of("code", "name", "incidence");

    @Test
    void aLinkChangesOneThingAndKeepsTheRest() {
        TableQuery query = TableQuery.of("/runs/r/counties/640422", "NOT_READY", "V-ROAD", " 张家 ", "name", "asc", 3,
                SORTS);

        assertThat(query.status()).isEqualTo(ExitStatus.NOT_READY);
        assertThat(query.text()).isEqualTo("张家");
        assertThat(query.link()).isEqualTo("/runs/r/counties/640422?status=NOT_READY&criterion=V-ROAD"
                + "&q=%E5%BC%A0%E5%AE%B6&sort=name&dir=asc&page=3");
        // the same column again turns the sort round; another column sorts ascending; either starts at page 1
        assertThat(query.sortedBy("name")).endsWith("&sort=name&dir=desc");
        assertThat(query.sortedBy("incidence")).endsWith("&sort=incidence&dir=asc");
        assertThat(query.page(4)).endsWith("&sort=name&dir=asc&page=4");
        assertThat(query.page(1)).endsWith("&dir=asc");
        assertThat(query.arrow("name")).isEqualTo("▲");
        assertThat(query.arrow("code")).isEmpty();
    }

    @Test
    void nothingAskedIsTheFirstColumnAscendingOnTheFirstPageAndATextIsEncodedWhole() {
        TableQuery query = TableQuery.of("/runs/r/villages/1", "", null, "{a}&b=c", null, null, 0, SORTS);

        assertThat(query.status()).isNull();
        assertThat(query.sort()).isEqualTo("code");
        assertThat(query.descending()).isFalse();
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.link()).isEqualTo("/runs/r/villages/1?q=%7Ba%7D%26b%3Dc&sort=code&dir=asc");
    }

    @Test
    void aStatusOrAColumnThatIsNotOneIsRefused() {
        assertThatThrownBy(() -> TableQuery.of("/x", "READY", null, null, null, null, 1, SORTS))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("400");
        assertThatThrownBy(() -> TableQuery.of("/x", null, null, null, "population", null, 1, SORTS))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("400");
    }

    @Test
    void aPageShowsItsRowsAndLinksToItsNeighboursTheFirstAndTheLast() {
        List<Integer> rows = IntStream.rangeClosed(1, 95).boxed().toList();

        RowPage<Integer> page = RowPage.of(rows, 3, 10);
        assertThat(page.rows()).containsExactly(21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
        assertThat(page.pages()).isEqualTo(10);
        assertThat(page.first()).isEqualTo(21);
        assertThat(page.last()).isEqualTo(30);
        assertThat(page.shown()).containsExactly(1, 2, 3, 4, 5, 0, 10);
        // past the last page: the last
        assertThat(RowPage.of(rows, 99, 10).rows()).containsExactly(91, 92, 93, 94, 95);
        assertThat(RowPage.of(List.of(), 1, 10).first()).isZero();
    }
}
