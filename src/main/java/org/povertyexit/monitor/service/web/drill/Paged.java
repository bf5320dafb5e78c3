package org.povertyexit.monitor.service.web.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One page of a table's rows (filtered and sorted on the server): the browser never receives more than
 * a page. {@code page} is 1-based; a page past the last shows the last.
 */
public record Paged<T>(List<T> rows, int page, int pages, int total, int size) {

    static <T> Paged<T> of(List<T> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.min(Math.max(page, 1), pages);
        int from = (shown - 1) * size;
        return new Paged<>(List.copyOf(all.subList(from, Math.min(from + size, all.size()))), shown, pages,
                all.size(), size);
    }

    /** The 1-based number of the first row shown (0 when there is none). */
    public int first() {
        return rows.isEmpty() ? 0 : (page - 1) * size + 1;
    }

    public int last() {
        return (page - 1) * size + rows.size();
    }

    /** The pages a pager links to: the first, the last and two either side of this one; 0 marks a gap. */
    public List<Integer> links() {
        TreeSet<Integer> near = new TreeSet<>(List.of(1, pages));
        for (int p = Math.max(1, page - 2); p <= Math.min(pages, page + 2); p++) {
            near.add(p);
        }
        List<Integer> links = new ArrayList<>();
        int previous = 0;
        for (int p : near) {
            if (p > previous + 1) {
                links.add(0);
            }
            links.add(p);
            previous = p;
        }
        return links;
    }
}
