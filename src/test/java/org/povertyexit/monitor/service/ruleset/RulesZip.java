package org.povertyexit.monitor.service.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A rules folder as an administrator uploads it (a zip under rules/), edited on the way, and its upload. */
public final class RulesZip {

    private RulesZip() {
    }

    /**
     * The folder as a zip under rules/; {@code change} gives for a path "regex>replacement" (the first match,
     * lines as anchors) or null, and {@code drlTail} is added to every DRL file.
     */
    public static byte[] of(Path rules, UnaryOperator<String> change, String drlTail) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = rules.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file);
                String replacement = change.apply(path);
                if (replacement != null) {
                    String[] fromTo = replacement.split(">", 2);
                    text = text.replaceFirst("(?m)" + fromTo[0], fromTo[1]);
                }
                if (path.endsWith(".drl")) {
                    text += drlTail;
                }
                zip.putNextEntry(new ZipEntry("rules/" + path));
                zip.write(text.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Posts the zip to {@code /api/rule-sets}: put in force when its rules compile and its cases pass. */
    public static ResponseEntity<JsonNode> post(TestRestTemplate client, byte[] zip) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(zip) {
            @Override
            public String getFilename() {
                return "rules.zip";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/api/rule-sets", new HttpEntity<>(body, headers), JsonNode.class);
    }
}
