package org.povertyexit.monitor.service.web.drill;

import java.util.List;
import java.util.Locale;
import org.povertyexit.monitor.report.ExitStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a drill-down table shows, as its address says: the rows of a status, of a criterion, whose code
 * or name holds a text; sorted by a column, one way or the other; one page of them. Every state is an
 * address to share, so the table's links (sort, page) are made here, each keeping the rest of the state.
 * Nothing personal goes into it: the text is matched against codes and place names only.
 */
public record TableQuery(String path, ExitStatus status, String criterion, String text, String sort,
                         boolean descending, int page) {

    /** The query a request asked for; a status or column that is not one is refused (400), not ignored. */
    static TableQuery of(String path, String status, String criterion, String text, String sort, String dir,
                         Integer page, List<String> sorts) {
        if (sort != null && !sort.isBlank() && !sorts.contains(sort)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "sort must be one of " + sorts);
        }
        return new TableQuery(path, status(status), blankToNull(criterion), blankToNull(text),
                sort == null || sort.isBlank() ? sorts.get(0) : sort, "desc".equalsIgnoreCase(dir),
                page == null || page < 1 ? 1 : page);
    }

    /** A page's address, its variables filled in and encoded (the links are made relative to the context). */
    static String path(String template, Object... variables) {
        return UriComponentsBuilder.fromPath(template).buildAndExpand(variables).encode().toUriString();
    }

    /** The address of this state. */
    public String link() {
        return link(sort, descending, page);
    }

    /** The address sorted by the column: the other way round when already so, ascending otherwise. */
    public String sortedBy(String column) {
        return link(column, column.equals(sort) && !descending, 1);
    }

    /** The address of another page of the same rows. */
    public String page(int other) {
        return link(sort, descending, other);
    }

    /** How the column's header marks the sort: ▲ or ▼ on the sorted column, nothing elsewhere. */
    public String arrow(String column) {
        return !column.equals(sort) ? "" : descending ? "▼" : "▲";
    }

    /** The column's sort as aria-sort says it. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }

    public String dir() {
        return descending ? "desc" : "asc";
    }

    /** The text in lower case, for matching codes and names whatever their case. */
    String needle() {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    private String link(String column, boolean down, int number) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        if (status != null) {
            link.queryParam("status", status.name());
        }
        if (criterion != null) {
            link.queryParam("criterion", criterion);
        }
        if (text != null) {
            link.queryParam("q", text);
        }
        link.queryParam("sort", column).queryParam("dir", down ? "desc" : "asc");
        if (number > 1) {
            link.queryParam("page", number);
        }
        // each value encoded whole: a text may hold what a template would read as a variable ({…})
        return link.build().encode().toUriString();
    }

    private static ExitStatus status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ExitStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no status " + name);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
