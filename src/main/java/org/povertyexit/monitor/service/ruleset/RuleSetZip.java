package org.povertyexit.monitor.service.ruleset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A rule set sent as a zip of the {@code rules/} folder, read in memory within bounds (a rule set is a
 * few hundred kilobytes): the .drl and .yaml files by their path inside the folder, whether the zip holds
 * the folder itself or its contents. Anything else in the zip is ignored.
 */
final class RuleSetZip {

    static final int MOST_ENTRIES = 1000;
    static final long MOST_BYTES = 10L << 20;

    private RuleSetZip() {
    }

    static Map<String, String> read(InputStream zip) throws RuleSetRejectedException, IOException {
        Map<String, String> files = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MOST_ENTRIES) {
                    throw rejected("the zip holds more than " + MOST_ENTRIES + " entries");
                }
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || !(name.endsWith(".drl") || name.endsWith(".yaml"))) {
                    continue;
                }
                if (name.startsWith("/") || List.of(name.split("/")).contains("..") || name.length() > 200) {
                    throw rejected("the zip entry " + name + " is not a relative path inside the rules folder");
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total > MOST_BYTES) {
                        throw rejected("the rule files unpack to more than " + (MOST_BYTES >> 20) + " MB");
                    }
                    content.write(buffer, 0, n);
                }
                files.put(name, utf8(name, content.toByteArray()));
            }
        } catch (IllegalArgumentException | java.util.zip.ZipException e) {
            throw rejected("not a readable zip of the rules folder");
        }
        if (files.isEmpty()) {
            throw rejected("the zip holds no .drl or .yaml files: send a zip of the rules folder");
        }
        return withinFolder(files);
    }

    /** The paths relative to the rules folder: a top folder that holds every file (rules/) is taken off. */
    private static Map<String, String> withinFolder(Map<String, String> files) {
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return files;
        }
        String top = first.substring(0, slash + 1);
        boolean shared = files.keySet().stream().allMatch(path -> path.startsWith(top));
        boolean folderIsTop = files.keySet().stream().anyMatch(path -> path.startsWith(top)
                && path.indexOf('/', top.length()) < 0 && path.endsWith(".drl"));
        if (!shared || !folderIsTop) {
            return files;
        }
        Map<String, String> inside = new TreeMap<>();
        files.forEach((path, text) -> inside.put(path.substring(top.length()), text));
        return inside;
    }

    private static String utf8(String name, byte[] bytes) throws RuleSetRejectedException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw rejected(name + " is not UTF-8 text");
        }
    }

    private static RuleSetRejectedException rejected(String problem) {
        return new RuleSetRejectedException(new ArrayList<>(List.of(problem)));
    }
}
