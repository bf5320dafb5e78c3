package org.povertyexit.monitor.service.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a long list, cut on the server so that a page never sends the browser more than it shows:
 * page {@code number} (from 1) of {@code pages}, holding rows {@code first} to {@code last} of {@code total}.
 */
public record RowPage<T>(List<T> rows, int number, int pages, int total, int first, int last) {

    /** The page asked for, brought within the list (a page past the end shows the last one). */
    public static <T> RowPage<T> of(List<T> all, int asked, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int number = Math.min(Math.max(asked, 1), pages);
        int from = (number - 1) * size;
        int to = Math.min(all.size(), from + size);
        return new RowPage<>(List.copyOf(all.subList(from, to)), number, pages, all.size(), all.isEmpty() ? 0
                : from + 1, to);
    }

    /** The same page with each of its rows shown as {@code shown} makes it (the other rows are never touched). */
    public <R> RowPage<R> map(Function<T, R> shown) {
        return new RowPage<>(rows.stream().map(shown).toList(), number, pages, total, first, last);
    }

    /** The page numbers a pager shows: the first, the last, and those near this one (0 stands for a gap). */
    public List<Integer> shown() {
        List<Integer> shown = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - number) <= 2) {
                shown.add(n);
            } else if (shown.get(shown.size() - 1) != 0) {
                shown.add(0);
            }
        }
        return shown;
    }
}
