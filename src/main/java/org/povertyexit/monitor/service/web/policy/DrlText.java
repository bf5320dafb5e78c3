package org.povertyexit.monitor.service.web.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A DRL file's text cut at its rules: each {@code rule "NAME" … end} declaration, where it starts (line)
 * and the text between declarations (package, imports, comments). The pages show the file as these
 * pieces, each rule's piece carrying its anchor, and read from a rule's own text which parameters it
 * names. Rules are declared as {@code rule "NAME"}, as the rule catalog places them.
 */
public final class DrlText {

    private static final Pattern DECLARATION = Pattern.compile("(?m)^[ \\t]*rule[ \\t]+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end[ \\t]*(?://[^\\n]*)?$");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    /** A piece of the file: a rule's declaration ({@code rule} its name), or the text between two. */
    public record Piece(String text, String rule, int line) {

        public String anchor() {
            return rule == null ? null : RuleLinks.anchor(rule);
        }

        /** The strings the piece quotes, its name and metadata included, its comment lines left out. */
        Set<String> literals() {
            Set<String> quoted = new LinkedHashSet<>();
            for (String line : text.split("\n")) {
                if (!line.strip().startsWith("//")) {
                    Matcher literal = LITERAL.matcher(line);
                    while (literal.find()) {
                        quoted.add(literal.group(1));
                    }
                }
            }
            return quoted;
        }
    }

    private final List<Piece> pieces;

    private DrlText(List<Piece> pieces) {
        this.pieces = pieces;
    }

    public static DrlText of(String text) {
        List<Piece> pieces = new ArrayList<>();
        Matcher declaration = DECLARATION.matcher(text);
        Matcher end = END.matcher(text);
        int at = 0;
        while (declaration.find(at)) {
            int start = declaration.start();
            int stop = end.find(declaration.end()) ? end.end() : text.length();
            if (start > at) {
                pieces.add(new Piece(text.substring(at, start), null, line(text, at)));
            }
            pieces.add(new Piece(text.substring(start, stop), declaration.group(1).replace("\\\"", "\""),
                    line(text, start)));
            at = stop;
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null, line(text, at)));
        }
        return new DrlText(pieces);
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** The rules' pieces. */
    public List<Piece> rules() {
        return pieces.stream().filter(piece -> piece.rule() != null).toList();
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
